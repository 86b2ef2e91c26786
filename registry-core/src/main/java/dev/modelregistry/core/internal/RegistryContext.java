package dev.modelregistry.core.internal;

import dev.modelregistry.api.ApprovalDeniedException;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageChangeType;
import dev.modelregistry.api.model.ModelPackageStateChangeEvent;
import dev.modelregistry.api.model.UserContext;
import dev.modelregistry.core.spi.GroupRecord;
import dev.modelregistry.core.spi.RegistryStore;
import dev.modelregistry.core.spi.StoreErrors;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What every operation of the registry shares: the store, the ARNs, who calls and when, reading
 * a caller's reference, and telling listeners about a stored change.
 */
final class RegistryContext {
  private final RegistryStore store;
  private final Clock clock;
  private final Supplier<UserContext> caller;
  private final Arns arns;
  private final ListenerNotifier listeners;

  RegistryContext(RegistryStore store, Clock clock, Supplier<UserContext> caller, Arns arns,
      ListenerNotifier listeners) {
    this.store = store;
    this.clock = clock;
    this.caller = caller;
    this.arns = arns;
    this.listeners = listeners;
  }

  RegistryStore store() {
    return store;
  }

  Arns arns() {
    return arns;
  }

  /** Returns who calls: asked once a request passed validation, to stamp what it writes. */
  UserContext caller() {
    return caller.get();
  }

  /** Returns the time to store: the registry keeps whole milliseconds. */
  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /** Reads a group reference, throwing if it is neither a valid name nor a group ARN. */
  Arns.GroupRef groupRef(String reference, String path) {
    Violations violations = new Violations();
    Arns.GroupRef ref = arns.groupRef(reference, path, violations);
    violations.throwIfAny();
    return ref;
  }

  /** Returns the name of a group of this registry, throwing for another registry's ARN. */
  String groupName(String reference, String path) {
    return groupRef(reference, path).name();
  }

  /**
   * Reads the group a conditional write names, throwing if the reference or the expected revision
   * is invalid (both reported at once).
   *
   * @param expectedRevision the revision the caller gave, or {@code null} for an unconditional
   *     write
   */
  Arns.GroupRef groupToChange(String reference, @Nullable Long expectedRevision) {
    Violations violations = new Violations();
    Arns.GroupRef ref = arns.groupRef(reference, "modelPackageGroupName", violations);
    RevisionChecks.validate(expectedRevision, violations);
    violations.throwIfAny();
    return ref;
  }

  /** Reads a package reference, throwing if it is neither a package ARN nor group/version. */
  Arns.PackageRef packageRef(String reference, String path) {
    Violations violations = new Violations();
    Arns.PackageRef ref = arns.packageRef(reference, path, violations);
    violations.throwIfAny();
    return ref;
  }

  GroupRecord requireGroup(String groupName) {
    return store.findGroup(groupName).orElseThrow(() -> StoreErrors.groupNotFound(groupName));
  }

  /**
   * Appends the DENIED record of a refused write (the store's step aborted, so nothing else
   * changed) and returns the exception to rethrow.
   *
   * @param denied the record the refusal left, or {@code null} if it left none
   */
  ApprovalDeniedException recordDenial(ApprovalDeniedException denial,
      @Nullable AuditRecord denied) {
    if (denied != null) {
      try {
        store.appendAudit(denied);
      } catch (RuntimeException e) {
        denial.addSuppressed(e);
      }
    }
    return denial;
  }

  /** Tells the listeners that a package changed; called after the store committed. */
  void publish(ModelPackage modelPackage, List<ModelPackageChangeType> changes, Instant time) {
    if (listeners.isEmpty()) {
      return;
    }
    // The ID is derived from the change itself, so a repeated delivery of one change (a replay of
    // an idempotent create) carries the same ID and listeners can recognise it.
    String identity = modelPackage.modelPackageArn() + "|" + time.toEpochMilli() + "|" + changes;
    listeners.publish(ModelPackageStateChangeEvent.builder()
        .eventId(UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)).toString())
        .eventTime(time)
        .changeTypes(changes)
        .modelPackage(modelPackage)
        .build());
  }
}
