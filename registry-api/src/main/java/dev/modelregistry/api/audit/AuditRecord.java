package dev.modelregistry.api.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.UserContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One write to the registry, as recorded in the same transaction as the write itself: who did
 * what to which group or package, when, and what changed. A denied approval is recorded too,
 * with {@link AuditOutcome#DENIED} and the reason.
 *
 * <p>Every record gets a {@linkplain #position() position} when it is stored. Positions rise in
 * commit order: a consumer that has seen every record up to position {@code p} and later reads the
 * records after {@code p} misses none. Positions are not consecutive.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableAuditRecord.class)
public interface AuditRecord {

  /** Returns a new builder. */
  static ImmutableAuditRecord.Builder builder() {
    return ImmutableAuditRecord.builder();
  }

  /** Returns the position in the registry's log, assigned by the store; 0 before it is stored. */
  @JsonProperty("Position")
  @Value.Default
  default long position() {
    return 0;
  }

  /** Returns when the write happened, by the registry's clock. */
  @JsonProperty("Time")
  Instant time();

  /** Returns who made (or tried to make) the change. */
  @JsonProperty("Actor")
  UserContext actor();

  /** Returns the operation. */
  @JsonProperty("Operation")
  AuditOperation operation();

  /** Returns whether the change was applied or denied. */
  @JsonProperty("Outcome")
  @Value.Default
  default AuditOutcome outcome() {
    return AuditOutcome.APPLIED;
  }

  /** Returns the group's name as stored (for a package operation, the package's group). */
  @JsonProperty("ModelPackageGroupName")
  String modelPackageGroupName();

  /** Returns the package's version, for a package operation that got as far as a version. */
  @JsonProperty("ModelPackageVersion")
  Optional<Integer> modelPackageVersion();

  /** Returns the ARN of the group or package. */
  @JsonProperty("ResourceArn")
  String resourceArn();

  /** Returns the resource's revision after the change (the current one if denied or deleted). */
  @JsonProperty("Revision")
  Optional<Long> revision();

  /**
   * Returns a package's approval status after the change: set on package records except
   * deletions; for a denied change, the status that stayed.
   */
  @JsonProperty("ModelApprovalStatus")
  Optional<ModelApprovalStatus> modelApprovalStatus();

  /** Returns what changed (what was asked for, if denied), field by field. */
  @JsonProperty("Changes")
  List<FieldChange> changes();

  /** Returns why the change was denied. */
  @JsonProperty("Reason")
  Optional<String> reason();
}
