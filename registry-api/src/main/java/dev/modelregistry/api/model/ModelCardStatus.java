package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.modelregistry.api.internal.WireEnums;

/**
 * The review status of a model card.
 */
public enum ModelCardStatus implements WireEnum {
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
  @Override
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
    return WireEnums.fromValue(ModelCardStatus.class, value);
  }

  /** Returns the wire value, as {@link #value()} does. */
  @Override
  public String toString() {
    return value;
  }
}
