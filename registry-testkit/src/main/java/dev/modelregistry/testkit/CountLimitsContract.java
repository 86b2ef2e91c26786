package dev.modelregistry.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.LimitExceededException;
import dev.modelregistry.api.Page;
import dev.modelregistry.api.model.AdditionalInferenceSpecificationDefinition;
import dev.modelregistry.api.model.BatchDescribeModelPackageResult;
import dev.modelregistry.api.model.InferenceSpecification;
import dev.modelregistry.api.model.ModelPackageContainerDefinition;
import dev.modelregistry.api.model.Tag;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.api.request.ImmutableUpdateModelPackageRequest;
import dev.modelregistry.api.request.ListModelPackageGroupsRequest;
import dev.modelregistry.api.request.ListTagsRequest;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every count limit of the contract at the boundary and one past it. Too many entries in one
 * request is a plain validation error; too many on the stored group or package after the change
 * is a {@link LimitExceededException}. Either way nothing changes.
 */
public abstract class CountLimitsContract extends ContractSupport {

  @Test
  @DisplayName("50 customer metadata entries in a request are accepted, 51 rejected, on create and update")
  void customerMetadataPerRequest() {
    createGroup("churn");

    register(Fixtures.minimalPackage("churn")
        .customerMetadataProperties(Fixtures.metadata("k", 50)).build());
    plainInvalidWithoutChange(() -> register(Fixtures.minimalPackage("churn")
        .customerMetadataProperties(Fixtures.metadata("k", 51)).build()),
        "customerMetadataProperties");
    plainInvalidWithoutChange(() -> update(UpdateModelPackageRequest.builder()
        .modelPackageArn("churn/1").customerMetadataProperties(Fixtures.metadata("n", 51))
        .build()), "customerMetadataProperties");
  }

  @Test
  @DisplayName("an update may leave 50 customer metadata entries; one more exceeds the limit")
  void customerMetadataAfterMerge() {
    createGroup("churn");
    register(Fixtures.minimalPackage("churn")
        .customerMetadataProperties(Fixtures.metadata("old", 40)).build());

    update(metadataUpdate(Fixtures.metadata("new", 10)).build());
    update(metadataUpdate(Map.of("old-0", "overwritten", "extra", "1"))
        .addCustomerMetadataPropertiesToRemove("old-1").build());
    assertThat(registry().describeModelPackage("churn/1").customerMetadataProperties())
        .hasSize(50);

    limitExceeded(() -> update(metadataUpdate(Map.of("one-more", "1")).build()),
        "customerMetadataProperties");
  }

  @Test
  @DisplayName("50 tags in a request are accepted, 51 rejected, on group create and on addTags")
  void tagsPerRequest() {
    registry().createModelPackageGroup(CreateModelPackageGroupRequest.builder()
        .modelPackageGroupName("churn").tags(Fixtures.tags("k", 50)).build());
    createGroup("fraud");

    plainInvalidWithoutChange(() -> registry().createModelPackageGroup(
        CreateModelPackageGroupRequest.builder().modelPackageGroupName("other")
            .tags(Fixtures.tags("k", 51)).build()), "tags");
    plainInvalidWithoutChange(() -> registry().addTags(groupArn("fraud"),
        Fixtures.tags("k", 51)), "tags");
    assertThat(allTags(groupArn("churn"))).hasSize(50);
  }

  @Test
  @DisplayName("a group may hold 50 tags; a 51st exceeds the limit, overwriting one of the 50 does not")
  void tagsPerGroup() {
    createGroup("churn");
    String arn = groupArn("churn");
    registry().addTags(arn, Fixtures.tags("a", 30));

    assertThat(registry().addTags(arn, Fixtures.tags("b", 20))).hasSize(50);
    limitExceeded(() -> registry().addTags(arn, List.of(Tag.of("c", "1"))), "tags");
    limitExceeded(() -> registry().addTags(arn, List.of(Tag.of("a-0", "new"), Tag.of("c", "1"))),
        "tags");
    assertThat(registry().addTags(arn, List.of(Tag.of("a-0", "new")))).hasSize(50)
        .startsWith(Tag.of("a-0", "new"));
  }

  @Test
  @DisplayName("deleteTags takes 50 keys, not 51")
  void tagKeysPerDelete() {
    createGroup("churn");
    registry().addTags(groupArn("churn"), Fixtures.tags("k", 10));
    List<String> keys = IntStream.range(0, 51).mapToObj(i -> "k-" + i).toList();

    plainInvalidWithoutChange(() -> registry().deleteTags(groupArn("churn"), keys), "tagKeys");
    registry().deleteTags(groupArn("churn"), keys.subList(0, 50));

    assertThat(allTags(groupArn("churn"))).isEmpty();
  }

  @Test
  @DisplayName("15 additional inference specifications in a request are accepted, 16 rejected, on create and update")
  void additionalSpecificationsPerRequest() {
    createGroup("churn");

    register(Fixtures.minimalPackage("churn")
        .additionalInferenceSpecifications(Fixtures.additionals("spec", 15)).build());
    register("churn");
    plainInvalidWithoutChange(() -> register(Fixtures.minimalPackage("churn")
        .additionalInferenceSpecifications(Fixtures.additionals("spec", 16)).build()),
        "additionalInferenceSpecifications");
    plainInvalidWithoutChange(() -> update(UpdateModelPackageRequest.builder()
        .modelPackageArn("churn/2")
        .additionalInferenceSpecificationsToAdd(Fixtures.additionals("spec", 16)).build()),
        "additionalInferenceSpecificationsToAdd");
  }

  @Test
  @DisplayName("updates may fill a package to 15 additional inference specifications; one more exceeds the limit")
  void additionalSpecificationsInTotal() {
    createGroup("churn");
    register(Fixtures.minimalPackage("churn")
        .additionalInferenceSpecifications(Fixtures.additionals("first", 10)).build());

    limitExceeded(() -> update(specsUpdate(Fixtures.additionals("more", 6))),
        "additionalInferenceSpecificationsToAdd");
    update(specsUpdate(Fixtures.additionals("more", 5)));
    assertThat(registry().describeModelPackage("churn/1").additionalInferenceSpecifications())
        .hasSize(15);
    limitExceeded(() -> update(specsUpdate(List.of(Fixtures.additional("sixteenth")))),
        "additionalInferenceSpecificationsToAdd");
  }

  @Test
  @DisplayName("15 containers in an inference specification are accepted, 16 rejected")
  void containers() {
    createGroup("churn");

    register(Fixtures.minimalPackage("churn")
        .inferenceSpecification(Fixtures.inferenceSpecification(15)).build());
    plainInvalidWithoutChange(() -> register(Fixtures.minimalPackage("churn")
        .inferenceSpecification(Fixtures.inferenceSpecification(16)).build()),
        "inferenceSpecification.containers");
    plainInvalidWithoutChange(() -> register(Fixtures.minimalPackage("churn")
        .addAdditionalInferenceSpecifications(AdditionalInferenceSpecificationDefinition.builder()
            .name("wide").containers(Fixtures.inferenceSpecification(16).containers()).build())
        .build()), "additionalInferenceSpecifications[0].containers");
  }

  @Test
  @DisplayName("100 environment entries in a container are accepted, 101 rejected")
  void environment() {
    createGroup("churn");

    register(Fixtures.minimalPackage("churn").inferenceSpecification(withEnvironment(100)).build());
    plainInvalidWithoutChange(() -> register(Fixtures.minimalPackage("churn")
        .inferenceSpecification(withEnvironment(101)).build()),
        "inferenceSpecification.containers[0].environment");
  }

  @Test
  @DisplayName("maxResults 1 and 100 are accepted, 0 and 101 rejected, for groups, packages and tags")
  void maxResults() {
    createGroup("churn");
    registry().addTags(groupArn("churn"), Fixtures.tags("k", 2));
    for (int i = 0; i < 101; i++) {
      register("churn");
      createGroup("g" + i);
    }

    Page<?> oneGroup = registry().listModelPackageGroups(
        ListModelPackageGroupsRequest.builder().maxResults(1).build());
    Page<?> hundredGroups = registry().listModelPackageGroups(
        ListModelPackageGroupsRequest.builder().maxResults(100).build());
    Page<?> hundredPackages = registry().listModelPackages(
        Listing.acrossGroups().maxResults(100).build());
    Page<?> oneTag = registry().listTags(ListTagsRequest.builder().resourceArn(groupArn("churn"))
        .maxResults(1).build());

    assertThat(List.of(oneGroup, hundredGroups, hundredPackages, oneTag))
        .allSatisfy(page -> assertThat(page.nextToken()).isPresent())
        .extracting(page -> page.items().size()).containsExactly(1, 100, 100, 1);
    for (int invalid : List.of(0, 101, -1)) {
      Rejections.plainInvalid(() -> registry().listModelPackageGroups(
          ListModelPackageGroupsRequest.builder().maxResults(invalid).build()), "maxResults");
      Rejections.plainInvalid(() -> registry().listModelPackages(
          Listing.acrossGroups().maxResults(invalid).build()), "maxResults");
      Rejections.plainInvalid(() -> registry().listTags(ListTagsRequest.builder()
          .resourceArn(groupArn("churn")).maxResults(invalid).build()), "maxResults");
    }
  }

  @Test
  @DisplayName("batch describe takes 1 to 100 ARNs, not 0 or 101")
  void batchSize() {
    createGroup("churn");
    for (int i = 0; i < 60; i++) {
      register("churn");
    }
    List<String> arns = new ArrayList<>();
    for (int version = 1; version <= 101; version++) {
      arns.add(packageArn("churn", version));
    }

    BatchDescribeModelPackageResult one = registry().batchDescribeModelPackage(arns.subList(0, 1));
    BatchDescribeModelPackageResult hundred =
        registry().batchDescribeModelPackage(arns.subList(0, 100));

    assertThat(one.modelPackages()).hasSize(1);
    assertThat(hundred.modelPackages()).hasSize(60);
    assertThat(hundred.errors()).hasSize(40);
    Rejections.plainInvalid(() -> registry().batchDescribeModelPackage(List.of()),
        "modelPackageArns");
    Rejections.plainInvalid(() -> registry().batchDescribeModelPackage(arns), "modelPackageArns");
  }

  private void limitExceeded(ThrowingCallable call, String path) {
    LimitExceededException error = rejectedWithoutChange(LimitExceededException.class, call);
    assertThat(Rejections.paths(error)).containsExactly(path);
  }

  private void update(UpdateModelPackageRequest request) {
    registry().updateModelPackage(request);
  }

  private static ImmutableUpdateModelPackageRequest.Builder metadataUpdate(Map<String, String> entries) {
    return UpdateModelPackageRequest.builder().modelPackageArn("churn/1")
        .customerMetadataProperties(entries);
  }

  private static UpdateModelPackageRequest specsUpdate(
      List<AdditionalInferenceSpecificationDefinition> specs) {
    return UpdateModelPackageRequest.builder().modelPackageArn("churn/1")
        .additionalInferenceSpecificationsToAdd(specs).build();
  }

  private static InferenceSpecification withEnvironment(int entries) {
    Map<String, String> environment = new LinkedHashMap<>();
    for (int i = 0; i < entries; i++) {
      environment.put("VAR_" + i, "value");
    }
    return InferenceSpecification.builder().addContainers(ModelPackageContainerDefinition.builder()
        .image(Fixtures.IMAGE).environment(environment).build()).build();
  }
}
