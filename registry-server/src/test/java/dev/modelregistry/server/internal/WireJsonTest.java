package dev.modelregistry.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelregistry.api.model.ModelPackageContainerDefinition;
import org.junit.jupiter.api.Test;

class WireJsonTest {
  private final ObjectMapper wire = WireJson.newObjectMapper();

  @Test
  void emptyCollectionsInsideValuesAreOmitted() throws Exception {
    ModelPackageContainerDefinition container =
        ModelPackageContainerDefinition.builder().image("serve:1").build();

    assertThat(wire.writeValueAsString(container)).isEqualTo("{\"Image\":\"serve:1\"}");
  }

  @Test
  void mapEntriesWithEmptyValuesAreKept() throws Exception {
    ModelPackageContainerDefinition container = ModelPackageContainerDefinition.builder()
        .image("serve:1").putEnvironment("EMPTY", "").build();

    assertThat(wire.writeValueAsString(container))
        .isEqualTo("{\"Image\":\"serve:1\",\"Environment\":{\"EMPTY\":\"\"}}");
  }

  @Test
  void topLevelListsOfAResponseAreWrittenWhenEmpty() throws Exception {
    assertThat(wire.writeValueAsString(new WireOutputs.TagPage(java.util.List.of(), null)))
        .isEqualTo("{\"Tags\":[]}");
  }
}
