package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A model package group as a list returns it.
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableModelPackageGroupSummary.class)
public interface ModelPackageGroupSummary {

  /** Returns a new builder. */
  static ImmutableModelPackageGroupSummary.Builder builder() {
    return ImmutableModelPackageGroupSummary.builder();
  }

  /** Returns the name. */
  @JsonProperty("ModelPackageGroupName")
  String modelPackageGroupName();

  /** Returns the ARN. */
  @JsonProperty("ModelPackageGroupArn")
  String modelPackageGroupArn();

  /** Returns the description. */
  @JsonProperty("ModelPackageGroupDescription")
  Optional<String> modelPackageGroupDescription();

  /** Returns when the group was created. */
  @JsonProperty("CreationTime")
  Instant creationTime();

  /** Returns the status. */
  @JsonProperty("ModelPackageGroupStatus")
  ModelPackageGroupStatus modelPackageGroupStatus();
}
