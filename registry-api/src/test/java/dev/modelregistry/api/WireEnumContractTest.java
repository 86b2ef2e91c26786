package dev.modelregistry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.modelregistry.api.model.WireEnum;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule of {@link WireEnum}, checked for every enum of {@code api.model} found on the classpath,
 * so a new enum is held to it without being listed anywhere: each constant reads back from its
 * wire value through {@code fromValue} and through JSON (with the registry's mapper and with a
 * plain one, so the annotations live on the types), {@code toString()} is the wire value, and any
 * other text is refused with the message naming the enum and listing every wire value. The
 * expected values come from the constants' own {@code value()}, never from a list kept here.
 */
class WireEnumContractTest {
  private static final String MODEL_PACKAGE = "dev.modelregistry.api.model";
  private static final ObjectMapper REGISTRY_JSON = ModelRegistryJson.newObjectMapper();
  private static final ObjectMapper PLAIN_JSON = new ObjectMapper();

  /** The enums of {@code api.model}, discovered from the compiled classes. */
  static List<Class<?>> wireEnums() {
    return ValueTypeCoverageTest.classesOf(MODEL_PACKAGE).stream()
        .filter(Class::isEnum)
        .collect(Collectors.toList());
  }

  static Stream<Arguments> enums() {
    return wireEnums().stream().map(type -> Arguments.of(type.getSimpleName(), type));
  }

  static Stream<Arguments> constants() {
    return wireEnums().stream()
        .flatMap(type -> Arrays.stream(type.getEnumConstants()))
        .map(constant -> Arguments.of(
            constant.getClass().getSimpleName() + "." + ((Enum<?>) constant).name(), constant));
  }

  @Test
  void everyEnumOfTheModelPackageIsAWireEnumWithTheStaticFromValue() throws Exception {
    List<Class<?>> enums = wireEnums();

    assertThat(enums).hasSizeGreaterThanOrEqualTo(9);
    for (Class<?> type : enums) {
      assertThat(WireEnum.class).as("%s implements WireEnum", type.getName())
          .isAssignableFrom(type);
      Method fromValue = type.getMethod("fromValue", String.class);
      assertThat(Modifier.isStatic(fromValue.getModifiers()))
          .as("%s.fromValue is static", type.getName()).isTrue();
      assertThat(fromValue.getReturnType()).isEqualTo(type);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("constants")
  void everyConstantReadsBackFromItsWireValue(String name, WireEnum constant) throws Throwable {
    String value = constant.value();

    assertThat(value).as("wire value").isNotBlank().isEqualTo(value.strip());
    assertThat(fromValue(constant.getClass(), value)).isSameAs(constant);
    assertThat(constant.toString()).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("constants")
  void everyConstantIsWrittenAndReadAsItsWireValueInJson(String name, WireEnum constant)
      throws Exception {
    String json = "\"" + constant.value() + "\"";

    for (ObjectMapper mapper : List.of(REGISTRY_JSON, PLAIN_JSON)) {
      assertThat(mapper.writeValueAsString(constant)).isEqualTo(json);
      assertThat(mapper.readValue(json, constant.getClass())).isSameAs(constant);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void anUnknownValueIsRefusedListingEveryWireValue(String name, Class<?> type) {
    for (String unknown : unknownValues(type)) {
      assertThatThrownBy(() -> fromValue(type, unknown))
          .as("fromValue(\"%s\")", unknown)
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage(refusal(type, unknown));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void anUnknownValueInJsonIsRefusedWithTheSameMessage(String name, Class<?> type) {
    for (ObjectMapper mapper : List.of(REGISTRY_JSON, PLAIN_JSON)) {
      assertThatThrownBy(() -> mapper.readValue("\"Bogus\"", type))
          .isInstanceOf(ValueInstantiationException.class)
          .cause()
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage(refusal(type, "Bogus"));
    }
  }

  /** Texts no constant of {@code type} may accept: made up, the Java name, another case, blanks. */
  private static List<String> unknownValues(Class<?> type) {
    WireEnum first = (WireEnum) type.getEnumConstants()[0];
    List<String> allowed = wireValues(type);
    return Stream.of("Bogus", ((Enum<?>) first).name(), first.value().toLowerCase(Locale.ROOT),
            first.value().toUpperCase(Locale.ROOT), " " + first.value(), first.value() + " ", "")
        .filter(text -> !allowed.contains(text))
        .distinct()
        .collect(Collectors.toList());
  }

  private static String refusal(Class<?> type, String unknown) {
    return "'" + unknown + "' is not a " + type.getSimpleName() + "; allowed: "
        + String.join(", ", wireValues(type));
  }

  /** The wire values of {@code type} in declaration order, from the constants themselves. */
  private static List<String> wireValues(Class<?> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(constant -> ((WireEnum) constant).value())
        .collect(Collectors.toList());
  }

  private static Object fromValue(Class<?> type, String value) throws Throwable {
    try {
      return type.getMethod("fromValue", String.class).invoke(null, value);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
