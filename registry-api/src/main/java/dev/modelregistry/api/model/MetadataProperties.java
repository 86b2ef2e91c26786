package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a model package came from: the commit, repository, job and project that produced it.
 * Fixed at creation.
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableMetadataProperties.class)
public interface MetadataProperties {

  /** Returns a new builder. */
  static ImmutableMetadataProperties.Builder builder() {
    return ImmutableMetadataProperties.builder();
  }

  /** Returns the commit that produced the model, 0..1024 characters. */
  @JsonProperty("CommitId")
  Optional<String> commitId();

  /** Returns the repository of that commit, 0..1024 characters. */
  @JsonProperty("Repository")
  Optional<String> repository();

  /** Returns the job or pipeline that produced the model, 0..1024 characters. */
  @JsonProperty("GeneratedBy")
  Optional<String> generatedBy();

  /** Returns the project the model belongs to, 0..1024 characters. */
  @JsonProperty("ProjectId")
  Optional<String> projectId();
}
