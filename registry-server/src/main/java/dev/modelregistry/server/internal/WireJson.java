package dev.modelregistry.server.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.modelregistry.api.ModelRegistryJson;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The JSON of SageMaker's wire protocol: the API's value types in their SageMaker member names
 * ({@link ModelRegistryJson}), timestamps written as epoch seconds, and absent members omitted —
 * absent optionals and nulls, and also empty lists and maps inside values, which SageMaker leaves
 * out (a package without customer metadata has no {@code CustomerMetadataProperties} member). The
 * top-level lists of a response are annotated to be written even when empty. Entries of a map
 * are kept even when their value is empty text.
 */
public final class WireJson {
  private WireJson() {}

  /** Returns a new mapper for the wire; thread-safe once built. */
  public static ObjectMapper newObjectMapper() {
    ObjectMapper mapper = ModelRegistryJson.newObjectMapper();
    // Modules registered later take precedence: this replaces the ISO-8601 text of the API's JSON.
    mapper.registerModule(new SimpleModule("sagemaker-wire-timestamps")
        .addSerializer(Instant.class, new EpochSecondsSerializer()));
    JsonInclude.Value nonEmpty =
        JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_ABSENT);
    mapper.configOverride(List.class).setInclude(nonEmpty);
    mapper.configOverride(Map.class).setInclude(nonEmpty);
    return mapper;
  }
}
