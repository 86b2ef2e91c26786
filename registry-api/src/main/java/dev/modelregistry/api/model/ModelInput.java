package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.immutables.value.Value;

/**
 * Input configuration of a container (the data input shape).
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableModelInput.class)
public interface ModelInput {

  /** Returns a new builder. */
  static ImmutableModelInput.Builder builder() {
    return ImmutableModelInput.builder();
  }

  /** Returns the input configuration, 1..16384 characters. */
  @JsonProperty("DataInputConfig")
  String dataInputConfig();
}
