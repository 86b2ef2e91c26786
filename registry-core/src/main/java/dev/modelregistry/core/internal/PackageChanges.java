package dev.modelregistry.core.internal;

import dev.modelregistry.api.ApprovalDeniedException;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageChangeType;
import dev.modelregistry.api.model.ModelPackageHistoryEntry;
import dev.modelregistry.api.model.UserContext;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import dev.modelregistry.core.ApprovalPolicy;
import dev.modelregistry.core.spi.PackageWrite;
import dev.modelregistry.core.spi.RegistryStore;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Updates and deletes stored model packages: validates the request, has {@link PackageUpdater}
 * apply an update inside the store's step, records a denial, and tells listeners what changed.
 */
final class PackageChanges {
  private final RegistryContext context;
  private final RegistryStore store;
  private final Arns arns;
  private final ApprovalPolicy approvalPolicy;

  PackageChanges(RegistryContext context, ApprovalPolicy approvalPolicy) {
    this.context = context;
    this.store = context.store();
    this.arns = context.arns();
    this.approvalPolicy = approvalPolicy;
  }

  ModelPackage update(UpdateModelPackageRequest given) {
    UpdateModelPackageRequest request = RequestSnapshots.of(given);
    Violations violations = new Violations();
    Arns.PackageRef ref = arns.packageRef(request.modelPackageArn(), "modelPackageArn", violations);
    UpdateRequestRules.validate(request, violations);
    violations.throwIfAny();

    PackageUpdater updater =
        new PackageUpdater(request, context::now, context.caller(), approvalPolicy);
    AtomicReference<PackageWrite> applied = new AtomicReference<>();
    ModelPackage updated;
    try {
      updated = store.updatePackage(ref.groupName(), ref.version(), current -> {
        PackageWrite write = updater.apply(current);
        applied.set(write);
        return write;
      });
    } catch (ApprovalDeniedException e) {
      throw context.recordDenial(e, updater.deniedRecord());
    }
    List<ModelPackageChangeType> changes = applied.get().history().stream()
        .map(ModelPackageHistoryEntry::changeType)
        .toList();
    if (!changes.isEmpty()) {
      context.publish(updated, changes, updated.lastModifiedTime().orElseThrow());
    }
    return updated;
  }

  void delete(String modelPackageArnOrGroupVersion, @Nullable Long expectedRevision) {
    Violations violations = new Violations();
    Arns.PackageRef ref =
        arns.packageRef(modelPackageArnOrGroupVersion, "modelPackageArn", violations);
    RevisionChecks.validate(expectedRevision, violations);
    violations.throwIfAny();
    UserContext actor = context.caller();
    store.deletePackage(ref.groupName(), ref.version(), current -> {
      RevisionChecks.require(expectedRevision, current.revision(), current.modelPackageArn());
      return AuditRecords.deletePackage(current, context.now(), actor);
    });
  }
}
