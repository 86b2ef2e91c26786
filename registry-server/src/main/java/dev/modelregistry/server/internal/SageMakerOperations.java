package dev.modelregistry.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.Page;
import dev.modelregistry.api.model.BatchDescribeModelPackageResult;
import dev.modelregistry.api.model.ModelPackageGroupSummary;
import dev.modelregistry.api.model.ModelPackageSummary;
import dev.modelregistry.api.model.Tag;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.api.request.ListModelPackageGroupsRequest;
import dev.modelregistry.api.request.ListModelPackagesRequest;
import dev.modelregistry.api.request.ListTagsRequest;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SageMaker's sixteen model-registry operations, each a thin mapping: wire request to the API's
 * request or arguments, one call of {@link ModelRegistry}, its result to SageMaker's response
 * shape. Every rule (names, limits, not-found, conflicts) is the registry's; nothing is checked
 * here except that a required member is present.
 *
 * <p>Members of SageMaker's requests that the API does not model (e.g. {@code ManagedConfiguration},
 * {@code CrossAccountFilterOption}, {@code ModelPackageRegistrationType}) are ignored. A
 * {@code CreateModelPackage} of an unversioned package is refused before binding: the registry
 * keeps versions of groups only.
 */
public final class SageMakerOperations {
  private static final Map<String, Object> EMPTY = Map.of();

  private final ModelRegistry registry;
  private final RequestReader reader;

  public SageMakerOperations(ModelRegistry registry, RequestReader reader) {
    this.registry = registry;
    this.reader = reader;
  }

  /** Returns every operation by its name, as it follows {@code SageMaker.} in {@code X-Amz-Target}. */
  public Map<String, Operation> byName() {
    Map<String, Operation> operations = new LinkedHashMap<>();
    operations.put("CreateModelPackageGroup", this::createModelPackageGroup);
    operations.put("DescribeModelPackageGroup", this::describeModelPackageGroup);
    operations.put("ListModelPackageGroups", this::listModelPackageGroups);
    operations.put("DeleteModelPackageGroup", this::deleteModelPackageGroup);
    operations.put("CreateModelPackage", this::createModelPackage);
    operations.put("DescribeModelPackage", this::describeModelPackage);
    operations.put("BatchDescribeModelPackage", this::batchDescribeModelPackage);
    operations.put("ListModelPackages", this::listModelPackages);
    operations.put("UpdateModelPackage", this::updateModelPackage);
    operations.put("DeleteModelPackage", this::deleteModelPackage);
    operations.put("AddTags", this::addTags);
    operations.put("ListTags", this::listTags);
    operations.put("DeleteTags", this::deleteTags);
    operations.put("PutModelPackageGroupPolicy", this::putModelPackageGroupPolicy);
    operations.put("GetModelPackageGroupPolicy", this::getModelPackageGroupPolicy);
    operations.put("DeleteModelPackageGroupPolicy", this::deleteModelPackageGroupPolicy);
    return Map.copyOf(operations);
  }

  private Object createModelPackageGroup(JsonNode body) {
    CreateModelPackageGroupRequest request = reader.read(body, CreateModelPackageGroupRequest.class);
    return new WireOutputs.GroupArn(registry.createModelPackageGroup(request).modelPackageGroupArn());
  }

  private Object describeModelPackageGroup(JsonNode body) {
    return WireOutputs.DescribedGroup.of(registry.describeModelPackageGroup(
        reader.read(body, WireInputs.GroupName.class).required()));
  }

  private Object listModelPackageGroups(JsonNode body) {
    Page<ModelPackageGroupSummary> page =
        registry.listModelPackageGroups(reader.read(body, ListModelPackageGroupsRequest.class));
    return new WireOutputs.GroupSummaries(page.items(), page.nextToken().orElse(null));
  }

  private Object deleteModelPackageGroup(JsonNode body) {
    registry.deleteModelPackageGroup(reader.read(body, WireInputs.GroupName.class).required());
    return EMPTY;
  }

  private Object createModelPackage(JsonNode body) {
    WireInputs.refuseUnversionedCreate(body);
    CreateModelPackageRequest request = reader.read(body, CreateModelPackageRequest.class);
    return new WireOutputs.PackageArn(registry.createModelPackage(request).modelPackageArn());
  }

  private Object describeModelPackage(JsonNode body) {
    return WireOutputs.DescribedPackage.of(
        registry.describeModelPackage(reader.read(body, WireInputs.PackageName.class).required()));
  }

  private Object batchDescribeModelPackage(JsonNode body) {
    List<String> arns = reader.read(body, WireInputs.PackageArnList.class).required();
    BatchDescribeModelPackageResult result = registry.batchDescribeModelPackage(arns);
    Map<String, WireOutputs.BatchDescribeSummary> summaries = new LinkedHashMap<>();
    result.modelPackages().forEach(
        (arn, modelPackage) -> summaries.put(arn, WireOutputs.BatchDescribeSummary.of(modelPackage)));
    return new WireOutputs.BatchDescribe(summaries, result.errors());
  }

  private Object listModelPackages(JsonNode body) {
    ListModelPackagesRequest request = reader.read(body, ListModelPackagesRequest.class);
    Page<ModelPackageSummary> page = registry.listModelPackages(request);
    return new WireOutputs.PackageSummaries(page.items(), page.nextToken().orElse(null));
  }

  private Object updateModelPackage(JsonNode body) {
    UpdateModelPackageRequest request = reader.read(body, UpdateModelPackageRequest.class);
    return new WireOutputs.PackageArn(registry.updateModelPackage(request).modelPackageArn());
  }

  private Object deleteModelPackage(JsonNode body) {
    registry.deleteModelPackage(reader.read(body, WireInputs.PackageName.class).required());
    return EMPTY;
  }

  private Object addTags(JsonNode body) {
    WireInputs.AddTags input = reader.read(body, WireInputs.AddTags.class);
    List<Tag> tags = registry.addTags(WireInputs.require(input.resourceArn(), "ResourceArn"),
        WireInputs.require(input.tags(), "Tags"));
    return new WireOutputs.Tags(tags);
  }

  private Object listTags(JsonNode body) {
    Page<Tag> page = registry.listTags(reader.read(body, ListTagsRequest.class));
    return new WireOutputs.TagPage(page.items(), page.nextToken().orElse(null));
  }

  private Object deleteTags(JsonNode body) {
    WireInputs.DeleteTags input = reader.read(body, WireInputs.DeleteTags.class);
    registry.deleteTags(WireInputs.require(input.resourceArn(), "ResourceArn"),
        WireInputs.require(input.tagKeys(), "TagKeys"));
    return EMPTY;
  }

  private Object putModelPackageGroupPolicy(JsonNode body) {
    WireInputs.PutPolicy input = reader.read(body, WireInputs.PutPolicy.class);
    String groupArn = registry.putModelPackageGroupPolicy(
        WireInputs.require(input.groupName(), "ModelPackageGroupName"),
        WireInputs.require(input.resourcePolicy(), "ResourcePolicy"));
    return new WireOutputs.GroupArn(groupArn);
  }

  private Object getModelPackageGroupPolicy(JsonNode body) {
    String groupName = reader.read(body, WireInputs.GroupName.class).required();
    return new WireOutputs.ResourcePolicy(registry.getModelPackageGroupPolicy(groupName));
  }

  private Object deleteModelPackageGroupPolicy(JsonNode body) {
    registry.deleteModelPackageGroupPolicy(reader.read(body, WireInputs.GroupName.class).required());
    return EMPTY;
  }
}
