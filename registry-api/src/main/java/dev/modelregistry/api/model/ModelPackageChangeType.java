package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.modelregistry.api.internal.WireEnums;

/**
 * What happened to a model package, in its history and in events.
 */
public enum ModelPackageChangeType implements WireEnum {
  /** The package was registered. */
  CREATED("Created"),

  /** Its approval status changed. */
  APPROVAL_STATUS_CHANGED("ApprovalStatusChanged"),

  /** Its life-cycle stage changed. */
  LIFE_CYCLE_CHANGED("LifeCycleChanged");

  private final String value;

  ModelPackageChangeType(String value) {
    this.value = value;
  }

  /** Returns the wire value, as SageMaker spells it (e.g. {@code Created}). */
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
  public static ModelPackageChangeType fromValue(String value) {
    return WireEnums.fromValue(ModelPackageChangeType.class, value);
  }

  /** Returns the wire value, as {@link #value()} does. */
  @Override
  public String toString() {
    return value;
  }
}
