package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.modelregistry.api.internal.WireEnums;

/**
 * The status of a model package group. An embedded registry creates groups {@link #COMPLETED} and
 * deletes them synchronously.
 */
public enum ModelPackageGroupStatus implements WireEnum {
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
  public static ModelPackageGroupStatus fromValue(String value) {
    return WireEnums.fromValue(ModelPackageGroupStatus.class, value);
  }

  /** Returns the wire value, as {@link #value()} does. */
  @Override
  public String toString() {
    return value;
  }
}
