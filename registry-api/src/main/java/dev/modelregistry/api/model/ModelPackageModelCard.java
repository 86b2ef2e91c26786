package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The model card of a model package.
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableModelPackageModelCard.class)
public interface ModelPackageModelCard {

  /** Returns a new builder. */
  static ImmutableModelPackageModelCard.Builder builder() {
    return ImmutableModelPackageModelCard.builder();
  }

  /** Returns the card as JSON text, 0..100000 characters. */
  @JsonProperty("ModelCardContent")
  Optional<String> modelCardContent();

  /** Returns the review status of the card. */
  @JsonProperty("ModelCardStatus")
  Optional<ModelCardStatus> modelCardStatus();
}
