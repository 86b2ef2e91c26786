package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of a model package's history: its registration, or a change of its approval status or
 * life-cycle stage, with who made it and when.
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableModelPackageHistoryEntry.class)
public interface ModelPackageHistoryEntry {

  /** Returns a new builder. */
  static ImmutableModelPackageHistoryEntry.Builder builder() {
    return ImmutableModelPackageHistoryEntry.builder();
  }

  /** Returns the package. */
  @JsonProperty("ModelPackageArn")
  String modelPackageArn();

  /** Returns what happened. */
  @JsonProperty("ChangeType")
  ModelPackageChangeType changeType();

  /** Returns when it happened, by the registry's clock. */
  @JsonProperty("ChangeTime")
  Instant changeTime();

  /** Returns who did it. */
  @JsonProperty("ChangedBy")
  Optional<UserContext> changedBy();

  /** Returns the approval status before the change (absent for a registration). */
  @JsonProperty("FromApprovalStatus")
  Optional<ModelApprovalStatus> fromApprovalStatus();

  /** Returns the approval status after the change. */
  @JsonProperty("ToApprovalStatus")
  Optional<ModelApprovalStatus> toApprovalStatus();

  /** Returns the life-cycle stage before the change. */
  @JsonProperty("FromLifeCycle")
  Optional<ModelLifeCycle> fromLifeCycle();

  /** Returns the life-cycle stage after the change. */
  @JsonProperty("ToLifeCycle")
  Optional<ModelLifeCycle> toLifeCycle();

  /** Returns the approval or stage description given with the change. */
  @JsonProperty("Description")
  Optional<String> description();

  /** An entry carries the value its change type is about. */
  @Value.Check
  default void check() {
    boolean consistent = switch (changeType()) {
      case CREATED, APPROVAL_STATUS_CHANGED -> toApprovalStatus().isPresent();
      case LIFE_CYCLE_CHANGED -> toLifeCycle().isPresent();
    };
    if (!consistent) {
      throw new IllegalStateException("a " + changeType() + " entry needs the value it changed to");
    }
  }
}
