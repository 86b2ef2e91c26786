package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.modelregistry.api.internal.WireEnums;

/**
 * Which kind of model packages a listing returns, as SageMaker's {@code ModelPackageType} filter
 * of {@code ListModelPackages}. Versioned packages belong to a group and carry a version; every
 * package of this registry is one. Unversioned packages (SageMaker's Marketplace packages, named
 * without a group) are not stored by this registry, so a listing of them is empty.
 */
public enum ModelPackageType implements WireEnum {
  /** Only versioned packages, those of model package groups. */
  VERSIONED("Versioned"),

  /** Only unversioned packages; this registry has none. */
  UNVERSIONED("Unversioned"),

  /** Versioned and unversioned packages. */
  BOTH("Both");

  private final String value;

  ModelPackageType(String value) {
    this.value = value;
  }

  /** Returns the wire value, as SageMaker spells it (e.g. {@code Versioned}). */
  @Override
  public String value() {
    return value;
  }

  /** Returns whether a listing of this type includes versioned packages. */
  public boolean includesVersioned() {
    return this != UNVERSIONED;
  }

  /**
   * Returns the constant whose wire value is {@code value}.
   *
   * @throws IllegalArgumentException if no constant has that wire value; the message lists the allowed ones
   */
  @JsonCreator
  public static ModelPackageType fromValue(String value) {
    return WireEnums.fromValue(ModelPackageType.class, value);
  }

  /** Returns the wire value, as {@link #value()} does. */
  @Override
  public String toString() {
    return value;
  }
}
