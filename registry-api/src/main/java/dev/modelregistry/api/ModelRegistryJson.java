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
 * Absent optional values are omitted. Members the API does not model (e.g.
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
   * {@link Instant} is written as ISO-8601 text), omits absent values by default, ignores
   * unknown properties and reads strictly as described above (no coercion between JSON types,
   * duplicate keys and null elements refused). To leave an application's own mapper as it is, use
   * {@link #newObjectMapper()} for the registry's documents.
   *
   * @return the same mapper
   */
  public static ObjectMapper configure(ObjectMapper mapper) {
    return StrictJson.apply(mapper)
        .registerModule(new Jdk8Module())
        .registerModule(module())
        .setDefaultPropertyInclusion(JsonInclude.Include.NON_ABSENT)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** Returns the module that reads and writes {@link Instant} timestamps as described above. */
  public static Module module() {
    return new SimpleModule("model-registry")
        .addSerializer(Instant.class, new InstantJson.Serializer())
        .addDeserializer(Instant.class, new InstantJson.Deserializer());
  }
}
