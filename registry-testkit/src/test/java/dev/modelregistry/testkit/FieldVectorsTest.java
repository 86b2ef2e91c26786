package dev.modelregistry.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The copy of field-rules.json that the kit ships agrees with its own rules. */
class FieldVectorsTest {

  @Test
  @DisplayName("every rule of field-rules.json is read, with places it applies to and values both ways")
  void readsEveryRule() {
    assertThat(FieldVectors.rules()).extracting(FieldVectors.Rule::field).contains(
        "entityName", "description", "customerMetadataKey", "customerMetadataValue", "tagKey",
        "tagValue", "uri", "digest", "clientToken", "frameworkVersion", "responseMimeType",
        "sourceUri", "environmentKey");
    assertThat(FieldVectors.rules()).allSatisfy(rule -> {
      assertThat(rule.appliesTo()).as(rule.field()).isNotEmpty();
      assertThat(rule.valid()).as(rule.field()).isNotEmpty();
      assertThat(rule.invalid()).as(rule.field()).isNotEmpty();
    });
  }

  @Test
  @DisplayName("each valid value matches its rule's pattern and length range")
  void validValuesMatchTheirRule() {
    for (FieldVectors.Rule rule : FieldVectors.rules()) {
      for (String value : rule.valid()) {
        assertThat(matches(rule, value)).as("%s: %s", rule.field(), FieldVectors.show(value))
            .isTrue();
      }
    }
  }

  @Test
  @DisplayName("each invalid value breaks its rule's pattern or length range, or is a reserved tag key")
  void invalidValuesBreakTheirRule() {
    for (FieldVectors.Rule rule : FieldVectors.rules()) {
      for (String value : rule.invalid()) {
        boolean reserved = rule.field().equals("tagKey")
            && value.toLowerCase(Locale.ROOT).startsWith("aws:");
        assertThat(matches(rule, value) && !reserved)
            .as("%s: %s", rule.field(), FieldVectors.show(value)).isFalse();
      }
    }
  }

  @Test
  @DisplayName("the kit holds each value to every place its rule applies to")
  void expandsEveryPlace() {
    int expected = FieldVectors.rules().stream()
        .mapToInt(rule -> rule.appliesTo().size() * (rule.valid().size() + rule.invalid().size()))
        .sum();

    assertThat(FieldVectors.cases()).hasSize(expected);
  }

  private static boolean matches(FieldVectors.Rule rule, String value) {
    return value.length() >= rule.min() && value.length() <= rule.max()
        && rule.pattern().matcher(value).matches();
  }
}
