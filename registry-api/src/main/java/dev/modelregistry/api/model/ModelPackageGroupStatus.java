package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.modelregistry.api.internal.EchoedText;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The status of a model package group. An embedded registry creates groups {@link #COMPLETED} and
 * deletes them synchronously.
 */
public enum ModelPackageGroupStatus {
  /** Waiting to be created. */
  PENDING("Pending"),

  /** Being created. */
  IN_PROGRESS("InProgress"),

  /** Ready. */
  COMPLETED("Completed"),

  /** Creation failed. */
  FAILED("Failed"),

  /** Being deleted. */
  DELETING("Deleting"),

  /** Deletion failed. */
  DELETE_FAILED("DeleteFailed");

  private final String value;

  ModelPackageGroupStatus(String value) {
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
  public static ModelPackageGroupStatus fromValue(String value) {
    for (ModelPackageGroupStatus candidate : values()) {
      if (candidate.value.equals(value)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("'" + EchoedText.cut(value) + "' is not a ModelPackageGroupStatus; allowed: "
        + Arrays.stream(values()).map(ModelPackageGroupStatus::value).collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return value;
  }
}
