package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.modelregistry.api.internal.EchoedText;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The sort key of a list.
 */
public enum SortBy {
  /** By name. */
  NAME("Name"),

  /** By creation time; the default. */
  CREATION_TIME("CreationTime");

  private final String value;

  SortBy(String value) {
    this.value = value;
  }

  /** Returns the wire value, as SageMaker spells it (e.g. {@code Name}). */
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
  public static SortBy fromValue(String value) {
    for (SortBy candidate : values()) {
      if (candidate.value.equals(value)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("'" + EchoedText.cut(value) + "' is not a SortBy; allowed: "
        + Arrays.stream(values()).map(SortBy::value).collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return value;
  }
}
