package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Data quality baselines for drift checks.
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableDriftCheckModelDataQuality.class)
public interface DriftCheckModelDataQuality {

  /** Returns a new builder. */
  static ImmutableDriftCheckModelDataQuality.Builder builder() {
    return ImmutableDriftCheckModelDataQuality.builder();
  }

  /** Returns data quality statistics. */
  @JsonProperty("Statistics")
  Optional<MetricsSource> statistics();

  /** Returns data quality constraints. */
  @JsonProperty("Constraints")
  Optional<MetricsSource> constraints();
}
