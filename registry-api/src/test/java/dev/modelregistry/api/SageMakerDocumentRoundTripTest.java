package dev.modelregistry.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageGroup;
import dev.modelregistry.api.model.ModelPackageGroupSummary;
import dev.modelregistry.api.model.ModelPackageSummary;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SageMaker documents as the AWS CLI prints them, read with {@link ModelRegistryJson} and written
 * again, keep their members and gain none, at every level. Timestamps compare as instants: the
 * CLI prints {@code +00:00} and microseconds, the mapper {@code Z} and milliseconds. Members the
 * API does not model ({@link #UNMODELLED}) are the only ones a round trip drops.
 */
class SageMakerDocumentRoundTripTest {
  private static final ObjectMapper JSON = ModelRegistryJson.newObjectMapper();

  /** Members of SageMaker's shapes that the API ignores when reading. */
  private static final Set<String> UNMODELLED =
      Set.of("/CertifyForMarketplace", "/ModelPackageStatusDetails");

  static Stream<Arguments> documents() throws IOException {
    List<Arguments> documents = new ArrayList<>();
    documents.add(Arguments.of("describe-model-package (versioned, pipeline-made)",
        fixture("describe-model-package.versioned.cli.json"), ModelPackage.class));
    documents.add(Arguments.of("describe-model-package-group",
        fixture("describe-model-package-group.cli.json"), ModelPackageGroup.class));
    int i = 0;
    for (JsonNode summary : fixture("list-model-packages.cli.json").get("ModelPackageSummaryList")) {
      documents.add(Arguments.of("list-model-packages item " + i++, summary,
          ModelPackageSummary.class));
    }
    i = 0;
    for (JsonNode summary
        : fixture("list-model-package-groups.cli.json").get("ModelPackageGroupSummaryList")) {
      documents.add(Arguments.of("list-model-package-groups item " + i++, summary,
          ModelPackageGroupSummary.class));
    }
    return documents.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  @DisplayName("a SageMaker document read and written again has the same members and values")
  void roundTripKeepsTheMembers(String name, JsonNode document, Class<?> type) throws Exception {
    JsonNode written = JSON.valueToTree(JSON.treeToValue(document, type));

    assertThat(differences("", written, withoutUnmodelled(document))).isEmpty();
  }

  @Test
  @DisplayName("the project's describe-model-package fixture gains no empty list, no map and no revision when written again")
  void specFixtureGainsNothingButTheRequiredPackageName() throws Exception {
    JsonNode document = fixture("describe-model-package.cli.json");

    JsonNode written = JSON.valueToTree(JSON.treeToValue(document, ModelPackage.class));

    // The fixture lacks ModelPackageName, which SageMaker's service model requires in a
    // describe-model-package output; it reads as the group's name and is written as such.
    ObjectNode expected = withoutUnmodelled(document);
    expected.put("ModelPackageName", document.get("ModelPackageGroupName").asText());
    assertThat(differences("", written, expected)).isEmpty();
    assertThat(written.has("AdditionalInferenceSpecifications")).isFalse();
    assertThat(written.has("Revision")).isFalse();
  }

  @Test
  @DisplayName("members left out when written read back as the same value: empty lists and maps, the first revision")
  void omittedMembersReadBackTheSame() throws Exception {
    ModelPackage read = JSON.treeToValue(fixture("describe-model-package.versioned.cli.json"),
        ModelPackage.class);
    ModelPackage revised = ModelPackage.builder().from(read).revision(3).build();

    assertThat(read.revision()).isEqualTo(1);
    assertThat(read.additionalInferenceSpecifications()).isEmpty();
    assertThat(read.customerMetadataProperties()).isEmpty();
    assertThat(JSON.readValue(JSON.writeValueAsString(read), ModelPackage.class)).isEqualTo(read);
    assertThat(JSON.valueToTree(revised).get("Revision").asLong()).isEqualTo(3);
    assertThat(JSON.readValue(JSON.writeValueAsString(revised), ModelPackage.class))
        .isEqualTo(revised);
  }

  /** Returns a line per member that is missing, added or different, by JSON pointer. */
  private static List<String> differences(String at, JsonNode actual, JsonNode expected) {
    List<String> found = new ArrayList<>();
    if (actual.isObject() && expected.isObject()) {
      for (Map.Entry<String, JsonNode> member : expected.properties()) {
        String path = at + "/" + member.getKey();
        if (!actual.has(member.getKey())) {
          found.add("missing " + path);
        } else {
          found.addAll(differences(path, actual.get(member.getKey()), member.getValue()));
        }
      }
      actual.fieldNames().forEachRemaining(member -> {
        if (!expected.has(member)) {
          found.add("added " + at + "/" + member + ": " + actual.get(member));
        }
      });
    } else if (actual.isArray() && expected.isArray() && actual.size() == expected.size()) {
      for (int i = 0; i < actual.size(); i++) {
        found.addAll(differences(at + "/" + i, actual.get(i), expected.get(i)));
      }
    } else if (!actual.equals(expected) && !sameInstant(actual, expected)) {
      found.add("changed " + at + ": " + expected + " -> " + actual);
    }
    return found;
  }

  private static boolean sameInstant(JsonNode actual, JsonNode expected) {
    if (!actual.isTextual() || !expected.isTextual()) {
      return false;
    }
    try {
      return OffsetDateTime.parse(actual.asText()).toInstant()
          .equals(OffsetDateTime.parse(expected.asText()).toInstant());
    } catch (DateTimeParseException notATimestamp) {
      return false;
    }
  }

  private static ObjectNode withoutUnmodelled(JsonNode document) {
    ObjectNode copy = document.deepCopy();
    UNMODELLED.forEach(pointer -> copy.remove(pointer.substring(1)));
    return copy;
  }

  private static JsonNode fixture(String name) throws IOException {
    try (InputStream in =
        SageMakerDocumentRoundTripTest.class.getResourceAsStream("/fixtures/" + name)) {
      assertThat(in).as("test resource %s", name).isNotNull();
      return JSON.readTree(in);
    }
  }
}
