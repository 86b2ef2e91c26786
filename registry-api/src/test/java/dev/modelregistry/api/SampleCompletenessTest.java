package dev.modelregistry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guards the round-trip test itself: a round trip only proves something for the attributes that
 * are set, so every sample must set every attribute, at every nesting level, to something other
 * than "absent", "empty" or the attribute's default.
 */
class SampleCompletenessTest {

  static Stream<Arguments> samples() {
    return Samples.all().entrySet().stream()
        .map(entry -> Arguments.of(entry.getKey().getSimpleName(), entry.getKey(), entry.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sampleSetsEveryAttributeAtEveryLevelToANonDefaultValue(
      String name, Class<?> type, Object sample) throws Throwable {
    List<String> gaps = new ArrayList<>();

    inspect(type, sample, name, gaps);

    assertThat(gaps).as("attributes of the %s sample that are absent, empty or default", name)
        .isEmpty();
  }

  private static void inspect(Class<?> type, Object value, String path, List<String> gaps)
      throws Throwable {
    for (Map.Entry<String, Method> accessor : JsonRoundTripTest.accessorsByWireName(type).entrySet()) {
      Method method = accessor.getValue();
      String attributePath = path + "." + accessor.getKey();
      Object attribute = method.invoke(value);
      if (method.isDefault() && attribute.equals(defaultOf(type, method, value))) {
        gaps.add(attributePath + " (equals its @Value.Default)");
      }
      inspectValue(attribute, attributePath, gaps);
    }
  }

  private static void inspectValue(Object value, String path, List<String> gaps)
      throws Throwable {
    if (value instanceof Optional<?> optional) {
      if (optional.isEmpty()) {
        gaps.add(path + " (absent)");
        return;
      }
      inspectValue(optional.get(), path, gaps);
    } else if (value instanceof Collection<?> collection) {
      if (collection.size() < 2) {
        gaps.add(path + " (fewer than 2 items)");
      }
      int index = 0;
      for (Object item : collection) {
        inspectValue(item, path + "[" + index++ + "]", gaps);
      }
    } else if (value instanceof Map<?, ?> map) {
      if (map.size() < 2) {
        gaps.add(path + " (fewer than 2 entries)");
      }
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        inspectValue(entry.getValue(), path + "[" + entry.getKey() + "]", gaps);
      }
    } else if (value instanceof String text) {
      if (text.isEmpty()) {
        gaps.add(path + " (empty text)");
      }
    } else if (value instanceof Integer number) {
      if (number == 0) {
        gaps.add(path + " (zero)");
      }
    } else {
      Class<?> valueType = valueTypeOf(value.getClass());
      if (valueType != null) {
        inspect(valueType, value, path, gaps);
      }
    }
  }

  /** The abstract value type an {@code Immutable*} instance implements, or null for a leaf. */
  static Class<?> valueTypeOf(Class<?> implementation) {
    for (Class<?> candidate : implementation.getInterfaces()) {
      if (implementation.getSimpleName().equals("Immutable" + candidate.getSimpleName())) {
        return candidate;
      }
    }
    return null;
  }

  /** What the {@code @Value.Default} method of {@code type} computes for {@code instance}. */
  private static Object defaultOf(Class<?> type, Method method, Object instance) throws Throwable {
    MethodHandle handle = MethodHandles.privateLookupIn(type, MethodHandles.lookup())
        .unreflectSpecial(method, type);
    return handle.invoke(instance);
  }
}
