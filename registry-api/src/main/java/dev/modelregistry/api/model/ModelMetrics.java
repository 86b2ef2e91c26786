package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The metrics of a model package. Fixed at creation.
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableModelMetrics.class)
public interface ModelMetrics {

  /** Returns a new builder. */
  static ImmutableModelMetrics.Builder builder() {
    return ImmutableModelMetrics.builder();
  }

  /** Returns model quality metrics. */
  @JsonProperty("ModelQuality")
  Optional<ModelQuality> modelQuality();

  /** Returns data quality metrics. */
  @JsonProperty("ModelDataQuality")
  Optional<ModelDataQuality> modelDataQuality();

  /** Returns bias metrics. */
  @JsonProperty("Bias")
  Optional<Bias> bias();

  /** Returns explainability metrics. */
  @JsonProperty("Explainability")
  Optional<Explainability> explainability();
}
