package dev.modelregistry.api;

import dev.modelregistry.api.internal.EchoedText;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One broken rule of a request: which field (a path such as
 * {@code inferenceSpecification.containers[0].image} or {@code customerMetadataProperties.key}),
 * the value given ({@code null} when the field was missing), and the rule it breaks.
 *
 * @param path the field path in the request, in the API's lowerCamelCase names
 * @param value the offending value as text, or {@code null} when the value was missing
 * @param rule the rule, e.g. {@code length must be 1..63} or {@code must match [a-zA-Z0-9-]+}
 */
public record FieldViolation(String path, @Nullable String value, String rule) {
  public FieldViolation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(rule, "rule");
  }

  /** Returns a one-line description; a long value is cut as {@link EchoedText#cut} does. */
  @Override
  public String toString() {
    if (value == null) {
      return path + ": " + rule;
    }
    return path + ": value '" + EchoedText.cut(value) + "' " + rule;
  }
}
