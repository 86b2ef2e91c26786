package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Bias baselines for drift checks.
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableDriftCheckBias.class)
public interface DriftCheckBias {

  /** Returns a new builder. */
  static ImmutableDriftCheckBias.Builder builder() {
    return ImmutableDriftCheckBias.builder();
  }

  /** Returns the bias configuration file. */
  @JsonProperty("ConfigFile")
  Optional<FileSource> configFile();

  /** Returns pre-training constraints. */
  @JsonProperty("PreTrainingConstraints")
  Optional<MetricsSource> preTrainingConstraints();

  /** Returns post-training constraints. */
  @JsonProperty("PostTrainingConstraints")
  Optional<MetricsSource> postTrainingConstraints();
}
