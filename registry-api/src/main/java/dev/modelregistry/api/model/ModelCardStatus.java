package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.modelregistry.api.internal.EchoedText;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The review status of a model card.
 */
public enum ModelCardStatus {
  /** Being written. */
  DRAFT("Draft"),

  /** Waiting for a review. */
  PENDING_REVIEW("PendingReview"),

  /** Approved. */
  APPROVED("Approved"),

  /** Archived. */
  ARCHIVED("Archived");

  private final String value;

  ModelCardStatus(String value) {
    this.value = value;
  }

  /** Returns the wire value, as SageMaker spells it (e.g. {@code Draft}). */
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * Returns the constant whose wire value is {@code value}.
   *
   * @throws IllegalArgumentException if no constant has that wire value; the message lists the allowed ones
   */
  @JsonCreator
  public static ModelCardStatus fromValue(String value) {
    for (ModelCardStatus candidate : values()) {
      if (candidate.value.equals(value)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("'" + EchoedText.cut(value) + "' is not a ModelCardStatus; allowed: "
        + Arrays.stream(values()).map(ModelCardStatus::value).collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return value;
  }
}
