package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A further, named way to serve a model package (for example on other hardware).
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableAdditionalInferenceSpecificationDefinition.class)
public interface AdditionalInferenceSpecificationDefinition {

  /** Returns a new builder. */
  static ImmutableAdditionalInferenceSpecificationDefinition.Builder builder() {
    return ImmutableAdditionalInferenceSpecificationDefinition.builder();
  }

  /** Returns the name, unique within the package, 1..63 characters of the entity name pattern. */
  @JsonProperty("Name")
  String name();

  /** Returns a description, 0..1024 characters. */
  @JsonProperty("Description")
  Optional<String> description();

  /** Returns the containers, 1..15; empty when none. */
  @JsonProperty("Containers")
  List<ModelPackageContainerDefinition> containers();

  /** Returns instance types for batch transform; empty when none. */
  @JsonProperty("SupportedTransformInstanceTypes")
  List<String> supportedTransformInstanceTypes();

  /** Returns instance types for real-time inference; empty when none. */
  @JsonProperty("SupportedRealtimeInferenceInstanceTypes")
  List<String> supportedRealtimeInferenceInstanceTypes();

  /** Returns accepted input MIME types; empty when none. */
  @JsonProperty("SupportedContentTypes")
  List<String> supportedContentTypes();

  /** Returns produced output MIME types; empty when none. */
  @JsonProperty("SupportedResponseMIMETypes")
  List<String> supportedResponseMIMETypes();
}
