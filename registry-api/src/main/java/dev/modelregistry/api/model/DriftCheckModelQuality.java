package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Model quality baselines for drift checks.
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableDriftCheckModelQuality.class)
public interface DriftCheckModelQuality {

  /** Returns a new builder. */
  static ImmutableDriftCheckModelQuality.Builder builder() {
    return ImmutableDriftCheckModelQuality.builder();
  }

  /** Returns model quality statistics. */
  @JsonProperty("Statistics")
  Optional<MetricsSource> statistics();

  /** Returns model quality constraints. */
  @JsonProperty("Constraints")
  Optional<MetricsSource> constraints();
}
