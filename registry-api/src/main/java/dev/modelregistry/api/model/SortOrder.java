package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.modelregistry.api.internal.EchoedText;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The direction of a sort.
 */
public enum SortOrder {
  /** Smallest first; the default. */
  ASCENDING("Ascending"),

  /** Largest first. */
  DESCENDING("Descending");

  private final String value;

  SortOrder(String value) {
    this.value = value;
  }

  /** Returns the wire value, as SageMaker spells it (e.g. {@code Ascending}). */
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
  public static SortOrder fromValue(String value) {
    for (SortOrder candidate : values()) {
      if (candidate.value.equals(value)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("'" + EchoedText.cut(value) + "' is not a SortOrder; allowed: "
        + Arrays.stream(values()).map(SortOrder::value).collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return value;
  }
}
