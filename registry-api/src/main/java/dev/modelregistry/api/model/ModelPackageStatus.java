package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.modelregistry.api.internal.WireEnums;

/**
 * The processing status of a model package. An embedded registry creates packages {@link
 * #COMPLETED} at once.
 */
public enum ModelPackageStatus implements WireEnum {
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
  public static ModelPackageStatus fromValue(String value) {
    return WireEnums.fromValue(ModelPackageStatus.class, value);
  }

  /** Returns the wire value, as {@link #value()} does. */
  @Override
  public String toString() {
    return value;
  }
}
