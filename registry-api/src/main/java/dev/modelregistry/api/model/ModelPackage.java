package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.modelregistry.api.internal.FirstRevision;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One registered model: a numbered version inside a model package group, with where its artifacts
 * and serving image live, who made it from which commit, its metrics and whether it is approved
 * for deployment.
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableModelPackage.class)
public interface ModelPackage {

  /** Returns a new builder. */
  static ImmutableModelPackage.Builder builder() {
    return ImmutableModelPackage.builder();
  }

  /** Returns the name of the group the package belongs to. */
  @JsonProperty("ModelPackageGroupName")
  String modelPackageGroupName();

  /** Returns the package name, which for a versioned package is the group's name (as SageMaker returns it); not an identifier. */
  @JsonProperty("ModelPackageName")
  @Value.Default
  default String modelPackageName() {
    return modelPackageGroupName();
  }

  /** Returns the version, assigned by the registry: 1 for the first package of a group, then one more per create, never reused. */
  @JsonProperty("ModelPackageVersion")
  int modelPackageVersion();

  /** Returns the ARN, {@code arn:...:model-package/<group>/<version>}. */
  @JsonProperty("ModelPackageArn")
  String modelPackageArn();

  /** Returns the description; fixed at creation. */
  @JsonProperty("ModelPackageDescription")
  Optional<String> modelPackageDescription();

  /** Returns when the package was registered, by the registry's clock. */
  @JsonProperty("CreationTime")
  Instant creationTime();

  /** Returns how the package is served. */
  @JsonProperty("InferenceSpecification")
  Optional<InferenceSpecification> inferenceSpecification();

  /** Returns the status; an embedded registry creates packages {@code Completed}. */
  @JsonProperty("ModelPackageStatus")
  ModelPackageStatus modelPackageStatus();

  /** Returns whether the package is approved for deployment. */
  @JsonProperty("ModelApprovalStatus")
  ModelApprovalStatus modelApprovalStatus();

  /** Returns who registered the package. */
  @JsonProperty("CreatedBy")
  Optional<UserContext> createdBy();

  /** Returns where the package came from; fixed at creation. */
  @JsonProperty("MetadataProperties")
  Optional<MetadataProperties> metadataProperties();

  /** Returns the metrics; fixed at creation. */
  @JsonProperty("ModelMetrics")
  Optional<ModelMetrics> modelMetrics();

  /** Returns when the package was last updated. */
  @JsonProperty("LastModifiedTime")
  Optional<Instant> lastModifiedTime();

  /** Returns who last updated the package. */
  @JsonProperty("LastModifiedBy")
  Optional<UserContext> lastModifiedBy();

  /** Returns why the approval status is what it is. */
  @JsonProperty("ApprovalDescription")
  Optional<String> approvalDescription();

  /** Returns the drift-check baselines; fixed at creation. */
  @JsonProperty("DriftCheckBaselines")
  Optional<DriftCheckBaselines> driftCheckBaselines();

  /** Returns the machine learning domain; fixed at creation. */
  @JsonProperty("Domain")
  Optional<String> domain();

  /** Returns the machine learning task, e.g. {@code CLASSIFICATION}; fixed at creation. */
  @JsonProperty("Task")
  Optional<String> task();

  /** Returns where a sample payload is; fixed at creation. */
  @JsonProperty("SamplePayloadUrl")
  Optional<String> samplePayloadUrl();

  /** Returns the team's own key-value metadata, at most 50 entries; merged on update; empty when none. */
  @JsonProperty("CustomerMetadataProperties")
  Map<String, String> customerMetadataProperties();

  /** Returns further ways to serve the package, at most 15; empty when none. */
  @JsonProperty("AdditionalInferenceSpecifications")
  List<AdditionalInferenceSpecificationDefinition> additionalInferenceSpecifications();

  /** Returns where the model's source is. */
  @JsonProperty("SourceUri")
  Optional<String> sourceUri();

  /** Returns encryption settings. */
  @JsonProperty("SecurityConfig")
  Optional<ModelPackageSecurityConfig> securityConfig();

  /** Returns the model card. */
  @JsonProperty("ModelCard")
  Optional<ModelPackageModelCard> modelCard();

  /** Returns the stage in the team's life cycle. */
  @JsonProperty("ModelLifeCycle")
  Optional<ModelLifeCycle> modelLifeCycle();

  /** Returns which model validation to skip. */
  @JsonProperty("SkipModelValidation")
  Optional<SkipModelValidation> skipModelValidation();

  /**
   * Returns the revision: 1 when registered, one more on every change that is stored. Not a
   * SageMaker member; pass it back as the expected revision of an update or delete to refuse the
   * write if someone else changed the package since it was read.
   */
  @JsonProperty("Revision")
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = FirstRevision.class)
  @Value.Default
  default long revision() {
    return 1;
  }

  /** A version is assigned by the registry and starts at 1. */
  @Value.Check
  default void check() {
    if (modelPackageVersion() < 1) {
      throw new IllegalStateException("modelPackageVersion must be at least 1, not "
          + modelPackageVersion());
    }
    if (revision() < 1) {
      throw new IllegalStateException("revision must be at least 1, not " + revision());
    }
  }
}
