package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Explainability metrics.
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableExplainability.class)
public interface Explainability {

  /** Returns a new builder. */
  static ImmutableExplainability.Builder builder() {
    return ImmutableExplainability.builder();
  }

  /** Returns the explainability report. */
  @JsonProperty("Report")
  Optional<MetricsSource> report();
}
