package dev.modelregistry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationExceptionTest {

  private static final FieldViolation NAME =
      new FieldViolation("modelPackageGroupName", "bad_name", "must match [a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}");
  private static final FieldViolation KEY =
      new FieldViolation("customerMetadataProperties.key", "", "length must be 1..128");
  private static final FieldViolation MISSING =
      new FieldViolation("inferenceSpecification.containers", null, "is required");

  @Test
  void violationWithAValueNamesPathValueAndRule() {
    assertThat(NAME.toString())
        .isEqualTo("modelPackageGroupName: value 'bad_name' must match [a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}");
  }

  @Test
  void violationOfAMissingValueNamesPathAndRuleOnly() {
    assertThat(MISSING.toString()).isEqualTo("inferenceSpecification.containers: is required");
    assertThat(MISSING.value()).isNull();
  }

  @Test
  void valueOfTwoHundredFiftySixCharactersIsShownWhole() {
    String value = "x".repeat(256);

    assertThat(new FieldViolation("description", value, "is too long").toString())
        .isEqualTo("description: value '" + value + "' is too long");
  }

  @Test
  void longValueIsShortenedToTwoHundredFiftySixCharactersWithTheCountOfTheRest() {
    String value = "a".repeat(256) + "b".repeat(20_000);

    String text = new FieldViolation("modelCard.modelCardContent", value, "length must be 0..100000")
        .toString();

    assertThat(text)
        .isEqualTo("modelCard.modelCardContent: value '" + "a".repeat(256) + "… (20000 more)' "
            + "length must be 0..100000")
        .doesNotContain("ab");
  }

  @Test
  void violationRequiresAPathAndARule() {
    assertThatThrownBy(() -> new FieldViolation(null, "v", "rule"))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("path");
    assertThatThrownBy(() -> new FieldViolation("path", "v", null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("rule");
  }

  @Test
  void violationsAreValuesComparedByContent() {
    assertThat(new FieldViolation("a", "v", "r")).isEqualTo(new FieldViolation("a", "v", "r"))
        .hasSameHashCodeAs(new FieldViolation("a", "v", "r"))
        .isNotEqualTo(new FieldViolation("a", null, "r"));
  }

  @Test
  void messageListsEveryViolationInOrder() {
    ValidationException error = new ValidationException(List.of(NAME, KEY, MISSING));

    assertThat(error.getMessage()).isEqualTo("3 validation errors: "
        + NAME + "; " + KEY + "; " + MISSING);
    assertThat(error.violations()).containsExactly(NAME, KEY, MISSING);
  }

  @Test
  void messageOfASingleViolationIsSingular() {
    assertThat(new ValidationException(List.of(KEY)).getMessage())
        .isEqualTo("1 validation error: customerMetadataProperties.key: value '' length must be 1..128");
  }

  @Test
  void messageShortensLongValues() {
    String huge = "z".repeat(5_000);

    ValidationException error =
        new ValidationException(List.of(new FieldViolation("sourceUri", huge, "length must be 0..1024")));

    assertThat(error.getMessage()).contains("… (4744 more)").hasSizeLessThan(400);
  }

  @Test
  void emptyViolationListIsRejected() {
    assertThatThrownBy(() -> new ValidationException(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one violation");
  }

  @Test
  void violationsAreACopyThatCannotBeModified() {
    List<FieldViolation> given = new ArrayList<>(List.of(NAME, KEY));
    ValidationException error = new ValidationException(given);

    given.add(MISSING);

    assertThat(error.violations()).containsExactly(NAME, KEY);
    assertThatThrownBy(() -> error.violations().add(MISSING))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void singleViolationConstructorKeepsItsOwnMessage() {
    FieldViolation tags = new FieldViolation("tags", "[team=churn]", "model packages cannot be tagged");

    ValidationException error = new ValidationException(
        "Model packages cannot be tagged; tag the group or use customerMetadataProperties", tags);

    assertThat(error.getMessage())
        .isEqualTo("Model packages cannot be tagged; tag the group or use customerMetadataProperties");
    assertThat(error.violations()).containsExactly(tags);
    assertThat(error).isInstanceOf(ModelRegistryException.class).isInstanceOf(RuntimeException.class);
  }

  @Test
  void limitExceededIsAValidationErrorWithOneViolation() {
    FieldViolation tags = new FieldViolation("tags", "51", "at most 50 tags per group");

    LimitExceededException error = new LimitExceededException("Too many tags", tags);

    assertThat(error).isInstanceOf(ValidationException.class);
    assertThat(error.getMessage()).isEqualTo("Too many tags");
    assertThat(error.violations()).containsExactly(tags);
  }
}
