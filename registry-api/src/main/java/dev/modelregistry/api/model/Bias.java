package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Bias metrics.
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableBias.class)
public interface Bias {

  /** Returns a new builder. */
  static ImmutableBias.Builder builder() {
    return ImmutableBias.builder();
  }

  /** Returns the bias report. */
  @JsonProperty("Report")
  Optional<MetricsSource> report();

  /** Returns the pre-training bias report. */
  @JsonProperty("PreTrainingReport")
  Optional<MetricsSource> preTrainingReport();

  /** Returns the post-training bias report. */
  @JsonProperty("PostTrainingReport")
  Optional<MetricsSource> postTrainingReport();
}
