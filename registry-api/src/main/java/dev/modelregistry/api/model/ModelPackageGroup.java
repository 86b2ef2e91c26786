package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.modelregistry.api.internal.FirstRevision;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named, versioned collection of model packages: every model retrained for one use case.
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableModelPackageGroup.class)
public interface ModelPackageGroup {

  /** Returns a new builder. */
  static ImmutableModelPackageGroup.Builder builder() {
    return ImmutableModelPackageGroup.builder();
  }

  /** Returns the name, unique in the registry ignoring case; the case given at creation is kept. */
  @JsonProperty("ModelPackageGroupName")
  String modelPackageGroupName();

  /** Returns the ARN, derived from the name. */
  @JsonProperty("ModelPackageGroupArn")
  String modelPackageGroupArn();

  /** Returns the description. */
  @JsonProperty("ModelPackageGroupDescription")
  Optional<String> modelPackageGroupDescription();

  /** Returns when the group was created, by the registry's clock. */
  @JsonProperty("CreationTime")
  Instant creationTime();

  /** Returns who created the group. */
  @JsonProperty("CreatedBy")
  Optional<UserContext> createdBy();

  /** Returns the status; an embedded registry creates groups {@code Completed}. */
  @JsonProperty("ModelPackageGroupStatus")
  ModelPackageGroupStatus modelPackageGroupStatus();

  /**
   * Returns the revision: 1 when created, one more on every stored change of its tags or policy
   * (not when packages are registered in it). Not a SageMaker member; pass it back as the expected
   * revision of a tag, policy or delete call to refuse the write if someone changed the group
   * since it was read.
   */
  @JsonProperty("Revision")
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = FirstRevision.class)
  @Value.Default
  default long revision() {
    return 1;
  }
}
