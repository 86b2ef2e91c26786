package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.modelregistry.api.internal.EchoedText;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Whether a model package is approved for deployment. Any status may follow any other.
 */
public enum ModelApprovalStatus {
  /** Approved for deployment. */
  APPROVED("Approved"),

  /** Rejected. */
  REJECTED("Rejected"),

  /** Waiting for a review; the default of a new package. */
  PENDING_MANUAL_APPROVAL("PendingManualApproval");

  private final String value;

  ModelApprovalStatus(String value) {
    this.value = value;
  }

  /** Returns the wire value, as SageMaker spells it (e.g. {@code Approved}). */
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
  public static ModelApprovalStatus fromValue(String value) {
    for (ModelApprovalStatus candidate : values()) {
      if (candidate.value.equals(value)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("'" + EchoedText.cut(value) + "' is not a ModelApprovalStatus; allowed: "
        + Arrays.stream(values()).map(ModelApprovalStatus::value).collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return value;
  }
}
