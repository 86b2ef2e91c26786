package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.modelregistry.api.internal.EchoedText;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The processing status of a model package. An embedded registry creates packages {@link
 * #COMPLETED} at once.
 */
public enum ModelPackageStatus {
  /** Waiting to be processed. */
  PENDING("Pending"),

  /** Being processed. */
  IN_PROGRESS("InProgress"),

  /** Ready. */
  COMPLETED("Completed"),

  /** Processing failed. */
  FAILED("Failed"),

  /** Being deleted. */
  DELETING("Deleting");

  private final String value;

  ModelPackageStatus(String value) {
    this.value = value;
  }

  /** Returns the wire value, as SageMaker spells it (e.g. {@code Pending}). */
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
  public static ModelPackageStatus fromValue(String value) {
    for (ModelPackageStatus candidate : values()) {
      if (candidate.value.equals(value)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("'" + EchoedText.cut(value) + "' is not a ModelPackageStatus; allowed: "
        + Arrays.stream(values()).map(ModelPackageStatus::value).collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return value;
  }
}
