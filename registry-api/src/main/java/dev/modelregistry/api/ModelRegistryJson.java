package dev.modelregistry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.modelregistry.api.internal.InstantJson;
import dev.modelregistry.api.internal.StrictJson;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * JSON for the API's value types, in SageMaker's wire names: a document printed by
 * {@code aws sagemaker describe-model-package} reads straight into a
 * {@link dev.modelregistry.api.model.ModelPackage}.
 *
 * <pre>{@code
 * ObjectMapper json = ModelRegistryJson.newObjectMapper();
 * ModelPackage pkg = json.readValue(cliOutput, ModelPackage.class);
 * }</pre>
 *
 * <p>Timestamps are written as ISO-8601 text and read from ISO-8601 text or epoch seconds.
 * A member is written only when it says more than its absence would: absent optional values, empty
 * lists and maps, and a first revision ({@code Revision} 1, not a SageMaker member) are left out,
 * and each reads back as the same value. So a SageMaker document read and written again keeps its
 * members and gains none (the CLI prints no {@code "AdditionalInferenceSpecifications": []} for a
 * package without any, and neither does this mapper). Members the API does not model (e.g.
 * {@code CertifyForMarketplace}) are ignored when reading, so newer SageMaker documents still read.
 *
 * <p>Documents are read as strictly as SageMaker reads them: a value of the wrong JSON type
 * ({@code 123} or {@code true} for text, {@code "5"} or {@code 1.5} for an integer), a key given
 * twice in one object and a {@code null} element of a list or map are errors, never converted.
 */
public final class ModelRegistryJson {
  private ModelRegistryJson() {}

  /** Returns a new mapper configured for the API's types; mappers are thread-safe once built. */
  public static ObjectMapper newObjectMapper() {
    return configure(new ObjectMapper());
  }

  /**
   * Configures an existing mapper for the API's types. This changes the mapper for every type it
   * handles, not only the API's: it registers {@link Jdk8Module} and {@link #module()} (so every
   * {@link Instant} is written as ISO-8601 text), omits absent values and empty lists and maps of
   * properties by default (map entries are kept, even with an empty value), ignores unknown
   * properties and reads strictly as described above (no coercion between JSON types, duplicate
   * keys and null elements refused). To leave an application's own mapper as it is, use
   * {@link #newObjectMapper()} for the registry's documents.
   *
   * @return the same mapper
   */
  public static ObjectMapper configure(ObjectMapper mapper) {
    StrictJson.apply(mapper)
        .registerModule(new Jdk8Module())
        .registerModule(module())
        .setDefaultPropertyInclusion(JsonInclude.Include.NON_ABSENT)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    // An empty list or map reads back as the same value as an absent one (the types default them
    // to empty), so writing it would only add members a SageMaker document never had.
    JsonInclude.Value nonEmpty =
        JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_ABSENT);
    mapper.configOverride(List.class).setInclude(nonEmpty);
    mapper.configOverride(Map.class).setInclude(nonEmpty);
    return mapper;
  }

  /** Returns the module that reads and writes {@link Instant} timestamps as described above. */
  public static Module module() {
    return new SimpleModule("model-registry")
        .addSerializer(Instant.class, new InstantJson.Serializer())
        .addDeserializer(Instant.class, new InstantJson.Deserializer());
  }
}
