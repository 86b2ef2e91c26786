package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.modelregistry.api.internal.WireEnums;

/**
 * The direction of a sort.
 */
public enum SortOrder implements WireEnum {
  /** Smallest first; the default. */
  ASCENDING("Ascending"),

  /** Largest first. */
  DESCENDING("Descending");

  private final String value;

  SortOrder(String value) {
    this.value = value;
  }

  /** Returns the wire value, as SageMaker spells it (e.g. {@code Ascending}). */
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
  public static SortOrder fromValue(String value) {
    return WireEnums.fromValue(SortOrder.class, value);
  }

  /** Returns the wire value, as {@link #value()} does. */
  @Override
  public String toString() {
    return value;
  }
}
