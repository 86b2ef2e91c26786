package dev.modelregistry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Makes sure a new value type or enum cannot be added to {@code api.model} or {@code api.request}
 * without a round-trip sample, a SageMaker wire-name check and (for enums) a wire-value check.
 * Types are discovered from the compiled classes on the test classpath: every {@code @Value.Immutable}
 * type has a generated top-level {@code Immutable<Type>} class next to it.
 */
class ValueTypeCoverageTest {
  private static final List<String> VALUE_PACKAGES =
      List.of("dev.modelregistry.api.model", "dev.modelregistry.api.request");

  @Test
  void everyImmutableValueTypeHasAFullyPopulatedRoundTripSample() {
    Set<String> discovered = names(immutableValueTypes());

    assertThat(discovered).hasSizeGreaterThanOrEqualTo(37);
    assertThat(names(Samples.all().keySet()))
        .as("types with a sample in Samples.all()")
        .containsAll(discovered);
  }

  @Test
  void everyImmutableValueTypeIsCheckedAgainstSageMakerOrDeclaredOurOwn() {
    Set<String> checked = new TreeSet<>(names(SageMakerWireNamesTest.SAGEMAKER_SHAPES.keySet()));
    checked.addAll(names(SageMakerWireNamesTest.OUR_OWN_TYPES));

    assertThat(checked).containsAll(names(immutableValueTypes()));
  }

  @Test
  void everyEnumHasAWireValueTest() {
    List<Class<?>> enums = classesOf("dev.modelregistry.api.model").stream()
        .filter(Class::isEnum)
        .collect(Collectors.toList());

    assertThat(enums).hasSizeGreaterThanOrEqualTo(8);
    assertThat(names(EnumWireValueTest.WIRE_VALUES.keySet())).containsAll(names(enums));
  }

  static List<Class<?>> immutableValueTypes() {
    List<Class<?>> types = new ArrayList<>();
    for (String pkg : VALUE_PACKAGES) {
      for (Class<?> type : classesOf(pkg)) {
        if (type.getSimpleName().startsWith("Immutable")) {
          Class<?> valueType = SampleCompletenessTest.valueTypeOf(type);
          assertThat(valueType).as("value type implemented by %s", type.getName()).isNotNull();
          types.add(valueType);
        }
      }
    }
    return types;
  }

  /** The top-level classes of a package, listed from its directory on the test classpath. */
  static List<Class<?>> classesOf(String pkg) {
    URL url = ValueTypeCoverageTest.class.getClassLoader().getResource(pkg.replace('.', '/'));
    assertThat(url).as("classpath entry of %s", pkg).isNotNull();
    assertThat(url.getProtocol()).as("%s must be a directory (target/classes)", pkg).isEqualTo("file");
    File directory;
    try {
      directory = new File(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    String[] files = directory.list((dir, file) -> file.endsWith(".class") && !file.contains("$")
        && !file.equals("package-info.class"));
    assertThat(files).isNotNull();
    return Arrays.stream(files).sorted()
        .map(file -> load(pkg + "." + file.substring(0, file.length() - ".class".length())))
        .collect(Collectors.toList());
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<String> names(Collection<? extends Class<?>> types) {
    return types.stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
  }
}
