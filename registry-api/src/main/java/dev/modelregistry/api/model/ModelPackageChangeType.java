package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.modelregistry.api.internal.EchoedText;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What happened to a model package, in its history and in events.
 */
public enum ModelPackageChangeType {
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
  public static ModelPackageChangeType fromValue(String value) {
    for (ModelPackageChangeType candidate : values()) {
      if (candidate.value.equals(value)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("'" + EchoedText.cut(value) + "' is not a ModelPackageChangeType; allowed: "
        + Arrays.stream(values()).map(ModelPackageChangeType::value).collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return value;
  }
}
