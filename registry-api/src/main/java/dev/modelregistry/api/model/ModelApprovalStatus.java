package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.modelregistry.api.internal.WireEnums;

/**
 * Whether a model package is approved for deployment. Any status may follow any other.
 */
public enum ModelApprovalStatus implements WireEnum {
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
  public static ModelApprovalStatus fromValue(String value) {
    return WireEnums.fromValue(ModelApprovalStatus.class, value);
  }

  /** Returns the wire value, as {@link #value()} does. */
  @Override
  public String toString() {
    return value;
  }
}
