package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Data quality metrics.
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableModelDataQuality.class)
public interface ModelDataQuality {

  /** Returns a new builder. */
  static ImmutableModelDataQuality.Builder builder() {
    return ImmutableModelDataQuality.builder();
  }

  /** Returns data quality statistics. */
  @JsonProperty("Statistics")
  Optional<MetricsSource> statistics();

  /** Returns data quality constraints. */
  @JsonProperty("Constraints")
  Optional<MetricsSource> constraints();
}
