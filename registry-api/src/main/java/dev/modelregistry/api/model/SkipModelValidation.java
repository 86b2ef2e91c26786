package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.modelregistry.api.internal.WireEnums;

/**
 * Which model validation to skip when a package is registered.
 */
public enum SkipModelValidation implements WireEnum {
  /** Skip all validation. */
  ALL("All"),

  /** Skip none. */
  NONE("None");

  private final String value;

  SkipModelValidation(String value) {
    this.value = value;
  }

  /** Returns the wire value, as SageMaker spells it (e.g. {@code All}). */
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
  public static SkipModelValidation fromValue(String value) {
    return WireEnums.fromValue(SkipModelValidation.class, value);
  }

  /** Returns the wire value, as {@link #value()} does. */
  @Override
  public String toString() {
    return value;
  }
}
