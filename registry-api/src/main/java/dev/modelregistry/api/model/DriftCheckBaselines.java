package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The baselines that drift checks compare against. Fixed at creation.
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableDriftCheckBaselines.class)
public interface DriftCheckBaselines {

  /** Returns a new builder. */
  static ImmutableDriftCheckBaselines.Builder builder() {
    return ImmutableDriftCheckBaselines.builder();
  }

  /** Returns bias baselines. */
  @JsonProperty("Bias")
  Optional<DriftCheckBias> bias();

  /** Returns explainability baselines. */
  @JsonProperty("Explainability")
  Optional<DriftCheckExplainability> explainability();

  /** Returns model quality baselines. */
  @JsonProperty("ModelQuality")
  Optional<DriftCheckModelQuality> modelQuality();

  /** Returns data quality baselines. */
  @JsonProperty("ModelDataQuality")
  Optional<DriftCheckModelDataQuality> modelDataQuality();
}
