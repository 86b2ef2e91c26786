package dev.modelregistry.api.request;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.modelregistry.api.model.AdditionalInferenceSpecificationDefinition;
import dev.modelregistry.api.model.DriftCheckBaselines;
import dev.modelregistry.api.model.InferenceSpecification;
import dev.modelregistry.api.model.MetadataProperties;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelLifeCycle;
import dev.modelregistry.api.model.ModelMetrics;
import dev.modelregistry.api.model.ModelPackageModelCard;
import dev.modelregistry.api.model.ModelPackageSecurityConfig;
import dev.modelregistry.api.model.SkipModelValidation;
import dev.modelregistry.api.model.Tag;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Input of {@link dev.modelregistry.api.ModelRegistry#createModelPackage}. The version is never
 * given: the registry assigns it.
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCreateModelPackageRequest.class)
public interface CreateModelPackageRequest {

  /** Returns a new builder. */
  static ImmutableCreateModelPackageRequest.Builder builder() {
    return ImmutableCreateModelPackageRequest.builder();
  }

  /** Returns the group, by name or ARN; required: this registry stores versioned packages only. */
  @JsonProperty("ModelPackageGroupName")
  String modelPackageGroupName();

  /**
   * Returns the name of an unversioned package, SageMaker's alternative to a group. This registry
   * stores versioned packages only, and SageMaker refuses a request that names both, so a request
   * carrying it is refused ({@link dev.modelregistry.api.ValidationException}); it is modelled so
   * that SageMaker JSON carrying it is refused rather than read as if it were absent.
   */
  @JsonProperty("ModelPackageName")
  Optional<String> modelPackageName();

  /** Returns a description, 0..1024 characters. */
  @JsonProperty("ModelPackageDescription")
  Optional<String> modelPackageDescription();

  /** Returns how the package is served. */
  @JsonProperty("InferenceSpecification")
  Optional<InferenceSpecification> inferenceSpecification();

  /** Returns the initial approval status (default {@code PendingManualApproval}). */
  @JsonProperty("ModelApprovalStatus")
  Optional<ModelApprovalStatus> modelApprovalStatus();

  /** Returns why the package has its initial approval status. */
  @JsonProperty("ApprovalDescription")
  Optional<String> approvalDescription();

  /** Returns where the package came from. */
  @JsonProperty("MetadataProperties")
  Optional<MetadataProperties> metadataProperties();

  /** Returns the metrics. */
  @JsonProperty("ModelMetrics")
  Optional<ModelMetrics> modelMetrics();

  /** Returns drift-check baselines. */
  @JsonProperty("DriftCheckBaselines")
  Optional<DriftCheckBaselines> driftCheckBaselines();

  /** Returns the machine learning domain. */
  @JsonProperty("Domain")
  Optional<String> domain();

  /** Returns the machine learning task. */
  @JsonProperty("Task")
  Optional<String> task();

  /** Returns where a sample payload is. */
  @JsonProperty("SamplePayloadUrl")
  Optional<String> samplePayloadUrl();

  /** Returns the team's own metadata, 1..50 entries when given. */
  @JsonProperty("CustomerMetadataProperties")
  Optional<Map<String, String>> customerMetadataProperties();

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

  /** Returns the initial life-cycle stage. */
  @JsonProperty("ModelLifeCycle")
  Optional<ModelLifeCycle> modelLifeCycle();

  /** Returns which model validation to skip. */
  @JsonProperty("SkipModelValidation")
  Optional<SkipModelValidation> skipModelValidation();

  /** Returns must be empty: packages cannot be tagged (tag the group, or use customer metadata properties); empty when none. */
  @JsonProperty("Tags")
  List<Tag> tags();

  /** Returns an idempotency token, 1..36 characters of {@code [a-zA-Z0-9-]}: a retry with the same token and request returns the first package. */
  @JsonProperty("ClientToken")
  Optional<String> clientToken();
}
