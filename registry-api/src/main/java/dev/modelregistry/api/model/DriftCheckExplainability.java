package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Explainability baselines for drift checks.
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableDriftCheckExplainability.class)
public interface DriftCheckExplainability {

  /** Returns a new builder. */
  static ImmutableDriftCheckExplainability.Builder builder() {
    return ImmutableDriftCheckExplainability.builder();
  }

  /** Returns explainability constraints. */
  @JsonProperty("Constraints")
  Optional<MetricsSource> constraints();

  /** Returns the explainability configuration file. */
  @JsonProperty("ConfigFile")
  Optional<FileSource> configFile();
}
