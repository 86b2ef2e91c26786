package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A constant that SageMaker's JSON carries as text, spelled its own way ({@code InProgress} for
 * {@code IN_PROGRESS}): every enum of this package is one. Its JSON is its wire value (Jackson
 * reads the {@link JsonValue} of this method through the enum's override), and each enum reads a
 * wire value back with its {@code static fromValue(String)}, which accepts exactly the wire values,
 * case and all, and refuses anything else with an {@link IllegalArgumentException} listing them.
 * {@code toString()} returns the wire value too.
 */
public interface WireEnum {
  /** Returns the wire value, as SageMaker spells it (e.g. {@code Approved}). */
  @JsonValue
  String value();
}
