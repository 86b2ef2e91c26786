package dev.modelregistry.core.internal;

import dev.modelregistry.api.ApprovalDeniedException;
import dev.modelregistry.api.FieldViolation;
import dev.modelregistry.api.LimitExceededException;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.audit.FieldChange;
import dev.modelregistry.api.model.AdditionalInferenceSpecificationDefinition;
import dev.modelregistry.api.model.ImmutableModelPackage;
import dev.modelregistry.api.model.ImmutableModelPackageHistoryEntry;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelLifeCycle;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageChangeType;
import dev.modelregistry.api.model.ModelPackageHistoryEntry;
import dev.modelregistry.api.model.UserContext;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import dev.modelregistry.core.ApprovalChange;
import dev.modelregistry.core.ApprovalPolicy;
import dev.modelregistry.core.spi.PackageWrite;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Applies a validated update to the current package: what it changes, and the history entries
 * that record approval and life-cycle changes, the new revision and the audit record; checks the
 * expected revision and asks the approval policy. Pure apart from remembering a denial, so a store
 * may apply it more than once.
 */
final class PackageUpdater {
  private final UpdateModelPackageRequest request;
  private final Supplier<Instant> clock;
  private final UserContext caller;
  private final ApprovalPolicy policy;
  /** The record of the last denial, for the caller to append once the store's step aborted. */
  private volatile @Nullable AuditRecord denied;

  /**
   * @param clock read once per application, inside the store's step (under its lock), so that
   *     modification times and history entries follow the order in which changes are stored
   */
  PackageUpdater(UpdateModelPackageRequest request, Supplier<Instant> clock, UserContext caller,
      ApprovalPolicy policy) {
    this.request = request;
    this.clock = clock;
    this.caller = caller;
    this.policy = policy;
  }

  /**
   * Returns the DENIED record of the policy's refusal, if the last application threw
   * {@link ApprovalDeniedException}.
   */
  @Nullable AuditRecord deniedRecord() {
    return denied;
  }

  PackageWrite apply(ModelPackage current) {
    RevisionChecks.require(request.expectedRevision().orElse(null), current.revision(),
        current.modelPackageArn());
    denied = null;
    Instant now = clock.get();
    ImmutableModelPackage next = ImmutableModelPackage.copyOf(current);
    List<ModelPackageHistoryEntry> history = new ArrayList<>();

    Optional<ModelApprovalStatus> status = request.modelApprovalStatus();
    if (status.isPresent() && status.get() != current.modelApprovalStatus()) {
      next = next.withModelApprovalStatus(status.get());
      history.add(entry(current, ModelPackageChangeType.APPROVAL_STATUS_CHANGED, now)
          .fromApprovalStatus(current.modelApprovalStatus())
          .toApprovalStatus(status.get())
          .description(request.approvalDescription())
          .build());
    }
    if (request.approvalDescription().isPresent()) {
      next = next.withApprovalDescription(request.approvalDescription());
    }
    next = next.withCustomerMetadataProperties(mergedMetadata(current));
    next = next.withAdditionalInferenceSpecifications(appendedSpecifications(current));
    if (request.inferenceSpecification().isPresent()) {
      next = next.withInferenceSpecification(request.inferenceSpecification());
    }
    if (request.sourceUri().isPresent()) {
      next = next.withSourceUri(request.sourceUri());
    }
    if (request.modelCard().isPresent()) {
      next = next.withModelCard(request.modelCard());
    }
    Optional<ModelLifeCycle> lifeCycle = request.modelLifeCycle();
    if (lifeCycle.isPresent() && !lifeCycle.equals(current.modelLifeCycle())) {
      next = next.withModelLifeCycle(lifeCycle);
      history.add(entry(current, ModelPackageChangeType.LIFE_CYCLE_CHANGED, now)
          .fromLifeCycle(current.modelLifeCycle())
          .toLifeCycle(lifeCycle)
          .description(lifeCycle.get().stageDescription())
          .build());
    }

    if (next.equals(current)) {
      return PackageWrite.unchanged(current);
    }
    List<FieldChange> changes = AuditRecords.packageChanges(current, next);
    if (!history.isEmpty()) {
      // Every status or life-cycle change (exactly what writes a history entry) asks the policy.
      askPolicy(current, next, changes, now);
    }
    ModelPackage stored = next.withLastModifiedTime(now).withLastModifiedBy(caller)
        .withRevision(current.revision() + 1);
    return new PackageWrite(stored, history,
        AuditRecords.updatePackage(stored, changes, now, caller));
  }

  private void askPolicy(ModelPackage current, ModelPackage next, List<FieldChange> changes,
      Instant now) {
    ModelApprovalStatus toStatus = next.modelApprovalStatus() != current.modelApprovalStatus()
        ? next.modelApprovalStatus() : null;
    ModelLifeCycle toLifeCycle = next.modelLifeCycle().equals(current.modelLifeCycle())
        ? null : next.modelLifeCycle().orElse(null);
    Optional<String> reason = policy.denialReason(new ApprovalChange(caller, current, false,
        current.modelApprovalStatus(), toStatus, toLifeCycle));
    if (reason.isPresent()) {
      denied = AuditRecords.deniedUpdate(current, changes, reason.get(), now, caller);
      throw new ApprovalDeniedException("The approval policy refused the change of "
          + current.modelPackageArn() + ": " + reason.get(), reason.get());
    }
  }

  private ImmutableModelPackageHistoryEntry.Builder entry(
      ModelPackage current, ModelPackageChangeType type, Instant now) {
    return ModelPackageHistoryEntry.builder()
        .modelPackageArn(current.modelPackageArn())
        .changeType(type)
        .changeTime(now)
        .changedBy(caller);
  }

  private Map<String, String> mergedMetadata(ModelPackage current) {
    Map<String, String> merged = new LinkedHashMap<>(current.customerMetadataProperties());
    request.customerMetadataProperties().ifPresent(merged::putAll);
    request.customerMetadataPropertiesToRemove().forEach(merged::remove);
    if (merged.size() > FieldRules.MAX_CUSTOMER_METADATA) {
      throw new LimitExceededException("A model package holds at most "
          + FieldRules.MAX_CUSTOMER_METADATA + " customer metadata properties; this update would"
          + " leave " + merged.size() + ".",
          new FieldViolation("customerMetadataProperties", String.valueOf(merged.size()),
              "the package would hold " + merged.size() + " entries; at most "
                  + FieldRules.MAX_CUSTOMER_METADATA));
    }
    return merged;
  }

  private List<AdditionalInferenceSpecificationDefinition> appendedSpecifications(
      ModelPackage current) {
    List<AdditionalInferenceSpecificationDefinition> toAdd =
        request.additionalInferenceSpecificationsToAdd();
    if (toAdd.isEmpty()) {
      return current.additionalInferenceSpecifications();
    }
    Violations violations = new Violations();
    List<String> existing = current.additionalInferenceSpecifications().stream()
        .map(AdditionalInferenceSpecificationDefinition::name).toList();
    for (int i = 0; i < toAdd.size(); i++) {
      if (existing.contains(toAdd.get(i).name())) {
        violations.add("additionalInferenceSpecificationsToAdd[" + i + "].name",
            toAdd.get(i).name(), "the package already has a specification of that name");
      }
    }
    violations.throwIfAny();
    List<AdditionalInferenceSpecificationDefinition> all =
        new ArrayList<>(current.additionalInferenceSpecifications());
    all.addAll(toAdd);
    if (all.size() > FieldRules.MAX_ADDITIONAL_INFERENCE_SPECIFICATIONS) {
      throw new LimitExceededException("A model package holds at most "
          + FieldRules.MAX_ADDITIONAL_INFERENCE_SPECIFICATIONS
          + " additional inference specifications; this update would leave " + all.size() + ".",
          new FieldViolation("additionalInferenceSpecificationsToAdd", String.valueOf(all.size()),
              "the package would hold " + all.size() + " specifications; at most "
                  + FieldRules.MAX_ADDITIONAL_INFERENCE_SPECIFICATIONS));
    }
    return all;
  }
}
