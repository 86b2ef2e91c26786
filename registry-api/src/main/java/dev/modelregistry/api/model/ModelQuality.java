package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Model quality metrics.
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableModelQuality.class)
public interface ModelQuality {

  /** Returns a new builder. */
  static ImmutableModelQuality.Builder builder() {
    return ImmutableModelQuality.builder();
  }

  /** Returns model quality statistics. */
  @JsonProperty("Statistics")
  Optional<MetricsSource> statistics();

  /** Returns model quality constraints. */
  @JsonProperty("Constraints")
  Optional<MetricsSource> constraints();
}
