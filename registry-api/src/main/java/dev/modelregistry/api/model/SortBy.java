package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.modelregistry.api.internal.WireEnums;

/**
 * The sort key of a list.
 */
public enum SortBy implements WireEnum {
  /** By name. */
  NAME("Name"),

  /** By creation time; the default. */
  CREATION_TIME("CreationTime");

  private final String value;

  SortBy(String value) {
    this.value = value;
  }

  /** Returns the wire value, as SageMaker spells it (e.g. {@code Name}). */
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
  public static SortBy fromValue(String value) {
    return WireEnums.fromValue(SortBy.class, value);
  }

  /** Returns the wire value, as {@link #value()} does. */
  @Override
  public String toString() {
    return value;
  }
}
