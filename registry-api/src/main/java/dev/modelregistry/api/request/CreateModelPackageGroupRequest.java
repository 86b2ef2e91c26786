package dev.modelregistry.api.request;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.modelregistry.api.model.Tag;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Input of {@link dev.modelregistry.api.ModelRegistry#createModelPackageGroup}.
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCreateModelPackageGroupRequest.class)
public interface CreateModelPackageGroupRequest {

  /** Returns a new builder. */
  static ImmutableCreateModelPackageGroupRequest.Builder builder() {
    return ImmutableCreateModelPackageGroupRequest.builder();
  }

  /** Returns the name, 1..63 characters of letters, digits and inner hyphens. */
  @JsonProperty("ModelPackageGroupName")
  String modelPackageGroupName();

  /** Returns a description, 0..1024 characters, no control characters. */
  @JsonProperty("ModelPackageGroupDescription")
  Optional<String> modelPackageGroupDescription();

  /** Returns tags for the group, at most 50; empty when none. */
  @JsonProperty("Tags")
  List<Tag> tags();
}
