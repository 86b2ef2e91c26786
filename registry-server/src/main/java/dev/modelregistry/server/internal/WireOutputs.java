package dev.modelregistry.server.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.modelregistry.api.model.BatchDescribeModelPackageError;
import dev.modelregistry.api.model.InferenceSpecification;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageGroup;
import dev.modelregistry.api.model.ModelPackageGroupSummary;
import dev.modelregistry.api.model.ModelPackageStatus;
import dev.modelregistry.api.model.ModelPackageSummary;
import dev.modelregistry.api.model.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The response shapes that are not one of the API's value types as it stands, in SageMaker's
 * member names. Lists a response always carries are written even when empty; a null member is
 * omitted.
 */
public final class WireOutputs {
  private WireOutputs() {}

  /**
   * {@code DescribeModelPackage}: the package, with the members SageMaker's output requires that
   * the API leaves to the wire. {@code ModelPackageStatusDetails} is empty: the registry runs no
   * validation and no image scan. {@code Revision} (the registry's own member, which the API's
   * JSON leaves out when it is 1) is always written, so that a client can send it back as
   * {@code ExpectedRevision}.
   */
  public record DescribedPackage(
      @JsonUnwrapped @JsonIgnoreProperties("Revision") ModelPackage modelPackage,
      @JsonProperty("ModelPackageStatusDetails") StatusDetails statusDetails,
      @JsonProperty("Revision") long revision) {

    /** Returns the output describing {@code modelPackage}. */
    public static DescribedPackage of(ModelPackage modelPackage) {
      return new DescribedPackage(modelPackage, StatusDetails.NONE_RUN, modelPackage.revision());
    }
  }

  /** SageMaker's {@code ModelPackageStatusDetails}: validations and image scans, none here. */
  public record StatusDetails(
      @JsonProperty("ValidationStatuses") @JsonInclude(JsonInclude.Include.ALWAYS)
          List<Object> validationStatuses,
      @JsonProperty("ImageScanStatuses") @JsonInclude(JsonInclude.Include.ALWAYS)
          List<Object> imageScanStatuses) {
    static final StatusDetails NONE_RUN = new StatusDetails(List.of(), List.of());
  }

  /** {@code DescribeModelPackageGroup}: the group, its {@code Revision} always written. */
  public record DescribedGroup(
      @JsonUnwrapped @JsonIgnoreProperties("Revision") ModelPackageGroup group,
      @JsonProperty("Revision") long revision) {

    /** Returns the output describing {@code group}. */
    public static DescribedGroup of(ModelPackageGroup group) {
      return new DescribedGroup(group, group.revision());
    }
  }

  /** {@code CreateModelPackageGroup}, {@code PutModelPackageGroupPolicy}. */
  public record GroupArn(@JsonProperty("ModelPackageGroupArn") String groupArn) {}

  /** {@code CreateModelPackage}, {@code UpdateModelPackage}. */
  public record PackageArn(@JsonProperty("ModelPackageArn") String packageArn) {}

  /** {@code ListModelPackageGroups}. */
  public record GroupSummaries(
      @JsonProperty("ModelPackageGroupSummaryList") @JsonInclude(JsonInclude.Include.ALWAYS)
          List<ModelPackageGroupSummary> summaries,
      @JsonProperty("NextToken") @Nullable String nextToken) {}

  /** {@code ListModelPackages}. */
  public record PackageSummaries(
      @JsonProperty("ModelPackageSummaryList") @JsonInclude(JsonInclude.Include.ALWAYS)
          List<ModelPackageSummary> summaries,
      @JsonProperty("NextToken") @Nullable String nextToken) {}

  /** {@code AddTags}. */
  public record Tags(
      @JsonProperty("Tags") @JsonInclude(JsonInclude.Include.ALWAYS) List<Tag> tags) {}

  /** {@code ListTags}. */
  public record TagPage(
      @JsonProperty("Tags") @JsonInclude(JsonInclude.Include.ALWAYS) List<Tag> tags,
      @JsonProperty("NextToken") @Nullable String nextToken) {}

  /** {@code GetModelPackageGroupPolicy}. */
  public record ResourcePolicy(@JsonProperty("ResourcePolicy") String resourcePolicy) {}

  /** {@code BatchDescribeModelPackage}: the packages found and an error per ARN not found. */
  public record BatchDescribe(
      @JsonProperty("ModelPackageSummaries") Map<String, BatchDescribeSummary> summaries,
      @JsonProperty("BatchDescribeModelPackageErrorMap")
          Map<String, BatchDescribeModelPackageError> errors) {}

  /** SageMaker's {@code BatchDescribeModelPackageSummary}: the members it has of a package. */
  public record BatchDescribeSummary(
      @JsonProperty("ModelPackageGroupName") String groupName,
      @JsonProperty("ModelPackageVersion") int version,
      @JsonProperty("ModelPackageArn") String packageArn,
      @JsonProperty("ModelPackageDescription") @Nullable String description,
      @JsonProperty("CreationTime") Instant creationTime,
      @JsonProperty("InferenceSpecification") @Nullable InferenceSpecification inferenceSpecification,
      @JsonProperty("ModelPackageStatus") ModelPackageStatus status,
      @JsonProperty("ModelApprovalStatus") ModelApprovalStatus approvalStatus) {

    /** Returns the summary of {@code modelPackage}. */
    public static BatchDescribeSummary of(ModelPackage modelPackage) {
      return new BatchDescribeSummary(
          modelPackage.modelPackageGroupName(),
          modelPackage.modelPackageVersion(),
          modelPackage.modelPackageArn(),
          modelPackage.modelPackageDescription().orElse(null),
          modelPackage.creationTime(),
          modelPackage.inferenceSpecification().orElse(null),
          modelPackage.modelPackageStatus(),
          modelPackage.modelApprovalStatus());
    }
  }
}
