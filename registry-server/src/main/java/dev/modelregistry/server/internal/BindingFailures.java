package dev.modelregistry.server.internal;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import dev.modelregistry.api.internal.EchoedText;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Says in SageMaker's words why a parsed body did not bind to an operation's input type, from what
 * Jackson and the value types' builders report (which member, which type it takes) and the value
 * the body holds there; never with their text, which names Java types and builders.
 *
 * <ul>
 *   <li>a required member missing or {@code null}, a {@code null} in a list or map:
 *       {@code ValidationException}, "Member must not be null";</li>
 *   <li>text that is none of an enum's values: {@code ValidationException}, "Member must satisfy
 *       enum value set: [...]";</li>
 *   <li>any other value that does not fit (a number where text belongs, a fraction or text where
 *       an integer belongs, an integer out of range, an object where a list belongs):
 *       {@code SerializationException} naming the member, the JSON type it takes and what it got.</li>
 * </ul>
 */
final class BindingFailures {
  /** The message of an Immutables builder missing required attributes (generated code). */
  private static final Pattern MISSING_ATTRIBUTES =
      Pattern.compile("Cannot build \\w+, some of required attributes are not set \\[([^\\]]*)\\]");

  private final ObjectMapper mapper;

  BindingFailures(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** Returns the error to answer for {@code failure}, which binding {@code body} threw. */
  ProtocolException describe(Exception failure, JsonNode body) {
    WirePath path = failure instanceof JsonMappingException mapping
        ? WirePath.of(mapping)
        : WirePath.root();
    JsonNode value = path.find(body);
    if (failure instanceof InvalidNullException) {
      return RequestErrors.mustNotBeNull(List.of(path));
    }
    List<WirePath> missing = missingMembers(failure, path);
    if (!missing.isEmpty()) {
      return RequestErrors.mustNotBeNull(missing);
    }
    Class<?> target = targetType(failure);
    if (target == null) {
      return RequestErrors.serialization(path.isRoot()
          ? "The request body could not be read."
          : "Value at '" + path + "' could not be read.");
    }
    if (target.isEnum() && value.isTextual()) {
      return RequestErrors.notInEnumSet(value.textValue(), path, wireValues(target));
    }
    if (failure instanceof ValueInstantiationException && !target.isEnum()) {
      // a value of the right shape that its type refused for a reason of its own, in its words
      return RequestErrors.serialization(path.isRoot()
          ? "The request body could not be read."
          : "Value at '" + path + "' could not be read.");
    }
    return RequestErrors.wrongType(path, expected(target), actual(value));
  }

  /** The members an Immutables builder reported missing, by their wire paths. */
  private List<WirePath> missingMembers(Exception failure, WirePath path) {
    Throwable cause = innermost(failure);
    Matcher matcher = cause instanceof IllegalStateException && cause.getMessage() != null
        ? MISSING_ATTRIBUTES.matcher(cause.getMessage())
        : null;
    if (matcher == null || !matcher.find() || matcher.group(1).isBlank()) {
      return List.of();
    }
    Map<String, String> wireNames = failure instanceof ValueInstantiationException instantiation
        ? wireNames(instantiation.getType())
        : Map.of();
    List<WirePath> paths = new ArrayList<>();
    for (String attribute : matcher.group(1).split(",\\s*")) {
      paths.add(path.then(wireNames.getOrDefault(attribute, attribute)));
    }
    return paths;
  }

  /** The JSON names of a type's properties, by their Java names. */
  private Map<String, String> wireNames(JavaType type) {
    return mapper.getSerializationConfig().introspect(type).findProperties().stream()
        .collect(Collectors.toMap(BeanPropertyDefinition::getInternalName,
            BeanPropertyDefinition::getName, (first, second) -> first));
  }

  private static @Nullable Class<?> targetType(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = next(cause)) {
      if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
        return mismatch.getTargetType();
      }
      if (cause instanceof InputCoercionException coercion && coercion.getTargetType() != null) {
        return coercion.getTargetType();
      }
      if (cause instanceof ValueInstantiationException instantiation) {
        return instantiation.getType().getRawClass();
      }
    }
    return null;
  }

  private List<String> wireValues(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants())
        .map(constant -> mapper.valueToTree(constant).asText())
        .collect(Collectors.toList());
  }

  /** The JSON type a Java type is read from, in the words of JSON. */
  private static String expected(Class<?> target) {
    if (target == String.class || target == Character.class || target == char.class
        || target.isEnum()) {
      return "a string";
    }
    if (target == Integer.class || target == int.class) {
      return "an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
    }
    if (target == Long.class || target == long.class) {
      return "an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
    }
    if (target == Boolean.class || target == boolean.class) {
      return "a boolean";
    }
    if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
      return "a number";
    }
    if (Temporal.class.isAssignableFrom(target)) {
      return "a timestamp in epoch seconds";
    }
    if (target.isArray() || Collection.class.isAssignableFrom(target)) {
      return "an array";
    }
    return "an object";
  }

  /** What a body holds, in the words of JSON, with a scalar's value (cut). */
  private static String actual(JsonNode value) {
    if (value.isTextual()) {
      return "a string (\"" + EchoedText.cut(value.textValue()) + "\")";
    }
    if (value.isNumber()) {
      return "a number (" + EchoedText.cut(value.asText()) + ")";
    }
    if (value.isBoolean()) {
      return "a boolean (" + value.asText() + ")";
    }
    if (value.isArray()) {
      return "an array";
    }
    if (value.isObject()) {
      return "an object";
    }
    return value.isNull() ? "null" : "absent";
  }

  private static Throwable innermost(Throwable failure) {
    Throwable innermost = failure;
    while (next(innermost) != null) {
      innermost = next(innermost);
    }
    return innermost;
  }

  private static @Nullable Throwable next(Throwable failure) {
    Throwable cause = failure.getCause();
    return cause == failure ? null : cause;
  }
}
