package dev.modelregistry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.modelregistry.api.model.Tag;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.api.request.ListModelPackagesRequest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The library reads SageMaker JSON as strictly as SageMaker: nothing is converted or guessed. */
class StrictJsonReadingTest {
  private static final ObjectMapper JSON = ModelRegistryJson.newObjectMapper();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"123", "1.5", "true", "false"})
  @DisplayName("a number or a boolean where text belongs is an error, not text")
  void aScalarOfAnotherTypeIsNotReadAsText(String value) {
    assertThatThrownBy(() -> JSON.readValue("{\"ModelPackageGroupName\": " + value + "}",
        CreateModelPackageGroupRequest.class))
        .isInstanceOf(MismatchedInputException.class);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1.5", "1.0", "1e2", "\"5\"", "\"\"", "true"})
  @DisplayName("a fraction, text or a boolean where an integer belongs is an error")
  void onlyAnIntegerIsAnInteger(String value) {
    assertThatThrownBy(() -> JSON.readValue("{\"MaxResults\": " + value + "}",
        ListModelPackagesRequest.class))
        .isInstanceOf(MismatchedInputException.class);
  }

  @Test
  @DisplayName("a key given twice is an error, not the last value")
  void aDuplicatedKeyIsAnError() {
    assertThatThrownBy(() -> JSON.readValue(
        "{\"ModelPackageGroupName\": \"a\", \"ModelPackageGroupName\": \"b\"}",
        CreateModelPackageGroupRequest.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("Duplicate field 'ModelPackageGroupName'");
    assertThatThrownBy(() -> JSON.readTree("{\"a\": 1, \"a\": 2}"))
        .isInstanceOf(JacksonException.class);
  }

  @Test
  @DisplayName("a null element of a list or value of a map is an error, not an element")
  void nullElementsAreErrors() {
    assertThatThrownBy(() -> JSON.readValue(
        "{\"ModelPackageGroupName\": \"g\", \"Tags\": [null]}", CreateModelPackageGroupRequest.class))
        .isInstanceOf(InvalidNullException.class);
    assertThatThrownBy(() -> JSON.readValue(
        "{\"CustomerMetadataProperties\": {\"k\": null}}", ListModelPackagesRequest.class))
        .isInstanceOf(InvalidNullException.class);
  }

  @Test
  @DisplayName("a number where an enum value belongs is an error")
  void aNumberIsNoEnumValue() {
    assertThatThrownBy(() -> JSON.readValue("{\"SortBy\": 0}", ListModelPackagesRequest.class))
        .isInstanceOf(JacksonException.class);
  }

  @Test
  @DisplayName("timestamps still read from epoch seconds (the wire) and ISO-8601 text (the AWS CLI)")
  void timestampsReadFromNumbersAndText() throws Exception {
    ListModelPackagesRequest request = JSON.readValue("{\"CreationTimeAfter\": 1795166043.512,"
        + " \"CreationTimeBefore\": \"2026-11-21T16:02:44.001000+00:00\"}",
        ListModelPackagesRequest.class);

    assertThat(request.creationTimeAfter()).contains(Instant.parse("2026-11-20T09:14:03.512Z"));
    assertThat(request.creationTimeBefore()).contains(Instant.parse("2026-11-21T16:02:44.001Z"));
  }

  @Test
  @DisplayName("values of the right type read as before, and so does a mapper configured by the library")
  void rightTypesStillRead() throws Exception {
    ObjectMapper configured = ModelRegistryJson.configure(new ObjectMapper());

    for (ObjectMapper mapper : List.of(JSON, configured)) {
      CreateModelPackageGroupRequest request = mapper.readValue("{\"ModelPackageGroupName\": \"g\","
          + " \"Tags\": [{\"Key\": \"k\", \"Value\": \"\"}], \"Unknown\": 1}",
          CreateModelPackageGroupRequest.class);
      assertThat(request.tags()).containsExactly(Tag.of("k", ""));
    }
    assertThatThrownBy(() -> configured.readValue("{\"ModelPackageGroupName\": 1}",
        CreateModelPackageGroupRequest.class))
        .isInstanceOf(MismatchedInputException.class);
  }
}
