package dev.modelregistry.server.internal;

import dev.modelregistry.api.internal.EchoedText;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The errors of a request refused before the registry sees it, worded once, in SageMaker's form:
 * a body that cannot be read, or a value of the wrong JSON type, is a
 * {@code SerializationException}; a missing member or an unknown enum value is a
 * {@code ValidationException} in the words of SageMaker's validation ({@code 1 validation error
 * detected: Value null at 'modelPackageGroupName' failed to satisfy constraint: Member must not be
 * null}). A caller's value in a message is cut by {@link EchoedText#cut}; no message names a Java
 * type.
 */
final class RequestErrors {
  private RequestErrors() {}

  /** The body cannot be read as the document the operation takes. */
  static ProtocolException serialization(String message) {
    return new ProtocolException(WireError.badRequest("SerializationException", message));
  }

  /** Required members are missing (or {@code null}), or a list or map holds {@code null}. */
  static ProtocolException mustNotBeNull(List<WirePath> paths) {
    return validation(paths.stream()
        .map(path -> "Value null at '" + path + "' failed to satisfy constraint: "
            + "Member must not be null")
        .collect(Collectors.toList()));
  }

  /** A text value is none of the values its member allows. */
  static ProtocolException notInEnumSet(String value, WirePath path, List<String> allowed) {
    return validation(List.of("Value '" + EchoedText.cut(value) + "' at '" + path
        + "' failed to satisfy constraint: Member must satisfy enum value set: " + allowed));
  }

  /** A value has another JSON type than its member takes. */
  static ProtocolException wrongType(WirePath path, String expected, String actual) {
    return serialization(path.isRoot()
        ? "The request body must be " + expected + ", not " + actual + "."
        : "Value at '" + path + "' must be " + expected + ", not " + actual + ".");
  }

  private static ProtocolException validation(List<String> violations) {
    String count = violations.size() == 1
        ? "1 validation error detected: "
        : violations.size() + " validation errors detected: ";
    return new ProtocolException(WireError.badRequest("ValidationException",
        count + String.join("; ", violations)));
  }
}
