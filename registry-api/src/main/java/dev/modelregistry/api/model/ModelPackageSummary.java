package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A model package as a list returns it.
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableModelPackageSummary.class)
public interface ModelPackageSummary {

  /** Returns a new builder. */
  static ImmutableModelPackageSummary.Builder builder() {
    return ImmutableModelPackageSummary.builder();
  }

  /** Returns the package name (the group's name). */
  @JsonProperty("ModelPackageName")
  String modelPackageName();

  /** Returns the group name. */
  @JsonProperty("ModelPackageGroupName")
  String modelPackageGroupName();

  /** Returns the version. */
  @JsonProperty("ModelPackageVersion")
  int modelPackageVersion();

  /** Returns the ARN. */
  @JsonProperty("ModelPackageArn")
  String modelPackageArn();

  /** Returns the description. */
  @JsonProperty("ModelPackageDescription")
  Optional<String> modelPackageDescription();

  /** Returns when the package was registered. */
  @JsonProperty("CreationTime")
  Instant creationTime();

  /** Returns the status. */
  @JsonProperty("ModelPackageStatus")
  ModelPackageStatus modelPackageStatus();

  /** Returns the approval status. */
  @JsonProperty("ModelApprovalStatus")
  ModelApprovalStatus modelApprovalStatus();

  /** Returns the life-cycle stage. */
  @JsonProperty("ModelLifeCycle")
  Optional<ModelLifeCycle> modelLifeCycle();

  /** A version is assigned by the registry and starts at 1. */
  @Value.Check
  default void check() {
    if (modelPackageVersion() < 1) {
      throw new IllegalStateException("modelPackageVersion must be at least 1, not "
          + modelPackageVersion());
    }
  }
}
