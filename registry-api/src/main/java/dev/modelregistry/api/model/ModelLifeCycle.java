package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a model package stands in the team's own life cycle (e.g. stage {@code Production},
 * status {@code Approved}).
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableModelLifeCycle.class)
public interface ModelLifeCycle {

  /** Returns a new builder. */
  static ImmutableModelLifeCycle.Builder builder() {
    return ImmutableModelLifeCycle.builder();
  }

  /** Returns the stage, 1..63 characters of the entity name pattern. */
  @JsonProperty("Stage")
  String stage();

  /** Returns the status within the stage, 1..63 characters of the entity name pattern. */
  @JsonProperty("StageStatus")
  String stageStatus();

  /** Returns a description, 0..1024 characters. */
  @JsonProperty("StageDescription")
  Optional<String> stageDescription();
}
