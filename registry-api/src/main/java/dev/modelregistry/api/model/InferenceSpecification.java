package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * How a model package is served: its containers and the instance and content types it supports.
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableInferenceSpecification.class)
public interface InferenceSpecification {

  /** Returns a new builder. */
  static ImmutableInferenceSpecification.Builder builder() {
    return ImmutableInferenceSpecification.builder();
  }

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
