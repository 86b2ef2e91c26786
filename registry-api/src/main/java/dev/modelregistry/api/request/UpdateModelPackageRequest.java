package dev.modelregistry.api.request;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.modelregistry.api.model.AdditionalInferenceSpecificationDefinition;
import dev.modelregistry.api.model.InferenceSpecification;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelLifeCycle;
import dev.modelregistry.api.model.ModelPackageModelCard;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Input of {@link dev.modelregistry.api.ModelRegistry#updateModelPackage}. Fields not given are
 * left unchanged; the update applies completely or not at all.
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableUpdateModelPackageRequest.class)
public interface UpdateModelPackageRequest {

  /** Returns a new builder. */
  static ImmutableUpdateModelPackageRequest.Builder builder() {
    return ImmutableUpdateModelPackageRequest.builder();
  }

  /** Returns the package, by ARN or as {@code group/version}. */
  @JsonProperty("ModelPackageArn")
  String modelPackageArn();

  /** Returns the new approval status. */
  @JsonProperty("ModelApprovalStatus")
  Optional<ModelApprovalStatus> modelApprovalStatus();

  /** Returns why the package has its approval status. */
  @JsonProperty("ApprovalDescription")
  Optional<String> approvalDescription();

  /** Returns entries to insert or overwrite, 1..50 when given; the result may hold at most 50. */
  @JsonProperty("CustomerMetadataProperties")
  Optional<Map<String, String>> customerMetadataProperties();

  /** Returns keys to remove; an absent key is not an error; empty when none. */
  @JsonProperty("CustomerMetadataPropertiesToRemove")
  List<String> customerMetadataPropertiesToRemove();

  /** Returns specifications to append, 1..15 when given, at most 15 in the package; empty when none. */
  @JsonProperty("AdditionalInferenceSpecificationsToAdd")
  List<AdditionalInferenceSpecificationDefinition> additionalInferenceSpecificationsToAdd();

  /** Returns a replacement inference specification. */
  @JsonProperty("InferenceSpecification")
  Optional<InferenceSpecification> inferenceSpecification();

  /** Returns a new source URI. */
  @JsonProperty("SourceUri")
  Optional<String> sourceUri();

  /** Returns a new model card. */
  @JsonProperty("ModelCard")
  Optional<ModelPackageModelCard> modelCard();

  /** Returns a new life-cycle stage. */
  @JsonProperty("ModelLifeCycle")
  Optional<ModelLifeCycle> modelLifeCycle();

  /** Returns an idempotency token, validated like a create's; an update is applied as given each time. */
  @JsonProperty("ClientToken")
  Optional<String> clientToken();

  /**
   * Returns the revision the caller read: if the package is at another revision, the update is
   * refused with a {@link dev.modelregistry.api.RevisionConflictException} and nothing changes.
   * Not a SageMaker member.
   */
  @JsonProperty("ExpectedRevision")
  Optional<Long> expectedRevision();
}
