package dev.modelregistry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelCardStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageChangeType;
import dev.modelregistry.api.model.ModelPackageGroupStatus;
import dev.modelregistry.api.model.ModelPackageStatus;
import dev.modelregistry.api.model.ModelPackageType;
import dev.modelregistry.api.model.SkipModelValidation;
import dev.modelregistry.api.model.SortBy;
import dev.modelregistry.api.model.SortOrder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EnumWireValueTest {
  private static final ObjectMapper JSON = ModelRegistryJson.newObjectMapper();

  /**
   * Each enum's wire values in declaration order: SageMaker's enum values of the 2017-07-24 service
   * model, except {@code ModelPackageChangeType}, which is ours.
   */
  static final Map<Class<? extends Enum<?>>, List<String>> WIRE_VALUES = new LinkedHashMap<>();

  static {
    WIRE_VALUES.put(ModelApprovalStatus.class, List.of("Approved", "Rejected", "PendingManualApproval"));
    WIRE_VALUES.put(ModelCardStatus.class, List.of("Draft", "PendingReview", "Approved", "Archived"));
    WIRE_VALUES.put(ModelPackageChangeType.class,
        List.of("Created", "ApprovalStatusChanged", "LifeCycleChanged"));
    WIRE_VALUES.put(ModelPackageGroupStatus.class,
        List.of("Pending", "InProgress", "Completed", "Failed", "Deleting", "DeleteFailed"));
    WIRE_VALUES.put(ModelPackageStatus.class,
        List.of("Pending", "InProgress", "Completed", "Failed", "Deleting"));
    WIRE_VALUES.put(ModelPackageType.class, List.of("Versioned", "Unversioned", "Both"));
    WIRE_VALUES.put(SkipModelValidation.class, List.of("All", "None"));
    WIRE_VALUES.put(SortBy.class, List.of("Name", "CreationTime"));
    WIRE_VALUES.put(SortOrder.class, List.of("Ascending", "Descending"));
  }

  static Stream<Arguments> enums() {
    return WIRE_VALUES.entrySet().stream()
        .map(entry -> Arguments.of(entry.getKey().getSimpleName(), entry.getKey(), entry.getValue()));
  }

  static Stream<Arguments> constants() {
    return WIRE_VALUES.keySet().stream()
        .flatMap(type -> Arrays.stream(type.getEnumConstants()))
        .map(constant -> Arguments.of(
            constant.getDeclaringClass().getSimpleName() + "." + ((Enum<?>) constant).name(),
            constant));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void enumHasExactlyTheExpectedWireValues(String name, Class<?> type, List<String> expected)
      throws Exception {
    List<String> actual = Arrays.stream(type.getEnumConstants())
        .map(constant -> wireValue(constant))
        .collect(Collectors.toList());

    assertThat(actual).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("constants")
  void fromValueAcceptsTheWireValueAndToStringPrintsIt(String name, Object constant) throws Throwable {
    String value = wireValue(constant);

    assertThat(fromValue(constant.getClass(), value)).isSameAs(constant);
    assertThat(constant.toString()).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("constants")
  void jsonWritesAndReadsTheWireValue(String name, Object constant) throws Exception {
    String json = JSON.writeValueAsString(constant);

    assertThat(json).isEqualTo("\"" + wireValue(constant) + "\"");
    assertThat(JSON.readValue(json, constant.getClass())).isSameAs(constant);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void fromValueRejectsAnUnknownValueListingTheAllowedOnes(
      String name, Class<?> type, List<String> expected) {
    assertThatThrownBy(() -> fromValue(type, "Bogus"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Bogus'")
        .hasMessageContaining(type.getSimpleName())
        .hasMessageContaining("allowed: " + String.join(", ", expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void fromValueEchoesAHugeUnknownValueCutTo256Characters(
      String name, Class<?> type, List<String> expected) {
    String huge = "v".repeat(2 * 1024 * 1024);

    assertThatThrownBy(() -> fromValue(type, huge))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + "v".repeat(256) + "… (" + (huge.length() - 256) + " more)'")
        .hasMessageContaining("allowed: " + String.join(", ", expected))
        .message().hasSizeLessThan(512);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void fromValueRejectsTheJavaConstantNameAndOtherCase(
      String name, Class<?> type, List<String> expected) {
    Enum<?> first = (Enum<?>) type.getEnumConstants()[0];
    for (String wrong : List.of(first.name(), expected.get(0).toLowerCase(), expected.get(0) + " ", "")) {
      if (!expected.contains(wrong)) {
        assertThatThrownBy(() -> fromValue(type, wrong))
            .as("fromValue(\"%s\")", wrong)
            .isInstanceOf(IllegalArgumentException.class);
      }
    }
  }

  @Test
  void unknownEnumValueInJsonFailsWithTheAllowedValuesInTheMessage() throws Exception {
    var tree = (ObjectNode) JSON.valueToTree(Samples.modelPackage());
    tree.put("ModelApprovalStatus", "APPROVED");

    assertThatThrownBy(() -> JSON.treeToValue(tree, ModelPackage.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining("'APPROVED' is not a ModelApprovalStatus")
        .hasMessageContaining("allowed: Approved, Rejected, PendingManualApproval");
  }

  private static String wireValue(Object constant) {
    try {
      return (String) constant.getClass().getMethod("value").invoke(constant);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object fromValue(Class<?> type, String value) throws Throwable {
    Method fromValue = type.getMethod("fromValue", String.class);
    try {
      return fromValue.invoke(null, value);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
