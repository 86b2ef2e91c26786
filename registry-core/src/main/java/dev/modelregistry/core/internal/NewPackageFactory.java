package dev.modelregistry.core.internal;

import dev.modelregistry.api.ApprovalDeniedException;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageChangeType;
import dev.modelregistry.api.model.ModelPackageHistoryEntry;
import dev.modelregistry.api.model.ModelPackageStatus;
import dev.modelregistry.api.model.UserContext;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.core.ApprovalChange;
import dev.modelregistry.core.ApprovalPolicy;
import dev.modelregistry.core.spi.PackageFactory;
import dev.modelregistry.core.spi.PackageWrite;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Builds the package a validated registration stores, its CREATED history entry and audit record,
 * once the store has allocated its version; asks the approval policy first.
 */
final class NewPackageFactory {
  private final RegistryContext context;
  private final Arns arns;
  private final ApprovalPolicy approvalPolicy;

  NewPackageFactory(RegistryContext context, ApprovalPolicy approvalPolicy) {
    this.context = context;
    this.arns = context.arns();
    this.approvalPolicy = approvalPolicy;
  }

  /**
   * Returns what the store calls to build the package of {@code request}.
   *
   * @param denied where a refusal of the approval policy leaves its DENIED record
   */
  PackageFactory forRequest(CreateModelPackageRequest request, UserContext creator,
      AtomicReference<AuditRecord> denied) {
    // The clock is read inside the store's step (under the group's lock or row lock), so that
    // creation times rise with versions and keyset pages by time cannot skip a package.
    return (storedName, version) ->
        build(request, storedName, version, context.now(), creator, denied);
  }

  /**
   * Builds a new package inside the store's step, asking the approval policy when the
   * registration sets a status other than pending or a life-cycle stage.
   *
   * @param denied where a refusal leaves its DENIED record
   */
  private PackageWrite build(CreateModelPackageRequest request, String groupName,
      int version, Instant now, UserContext creator, AtomicReference<AuditRecord> denied) {
    ModelApprovalStatus status =
        request.modelApprovalStatus().orElse(ModelApprovalStatus.PENDING_MANUAL_APPROVAL);
    String arn = arns.modelPackage(groupName, version);
    ModelPackage modelPackage = ModelPackage.builder()
        .modelPackageGroupName(groupName)
        .modelPackageName(groupName)
        .modelPackageVersion(version)
        .modelPackageArn(arn)
        .modelPackageDescription(request.modelPackageDescription())
        .creationTime(now)
        .inferenceSpecification(request.inferenceSpecification())
        .modelPackageStatus(ModelPackageStatus.COMPLETED)
        .modelApprovalStatus(status)
        .createdBy(creator)
        .metadataProperties(request.metadataProperties())
        .modelMetrics(request.modelMetrics())
        .approvalDescription(request.approvalDescription())
        .driftCheckBaselines(request.driftCheckBaselines())
        .domain(request.domain())
        .task(request.task())
        .samplePayloadUrl(request.samplePayloadUrl())
        .customerMetadataProperties(request.customerMetadataProperties().orElse(Map.of()))
        .additionalInferenceSpecifications(request.additionalInferenceSpecifications())
        .sourceUri(request.sourceUri())
        .securityConfig(request.securityConfig())
        .modelCard(request.modelCard())
        .modelLifeCycle(request.modelLifeCycle())
        .skipModelValidation(request.skipModelValidation())
        .build();
    ModelPackageHistoryEntry created = ModelPackageHistoryEntry.builder()
        .modelPackageArn(arn)
        .changeType(ModelPackageChangeType.CREATED)
        .changeTime(now)
        .changedBy(creator)
        .toApprovalStatus(status)
        .toLifeCycle(request.modelLifeCycle())
        .description(request.approvalDescription())
        .build();
    if (status != ModelApprovalStatus.PENDING_MANUAL_APPROVAL
        || request.modelLifeCycle().isPresent()) {
      Optional<String> reason = approvalPolicy.denialReason(new ApprovalChange(creator,
          modelPackage, true, ModelApprovalStatus.PENDING_MANUAL_APPROVAL,
          status == ModelApprovalStatus.PENDING_MANUAL_APPROVAL ? null : status,
          request.modelLifeCycle().orElse(null)));
      if (reason.isPresent()) {
        denied.set(AuditRecords.deniedRegistration(modelPackage, arns.group(groupName),
            reason.get(), creator));
        throw new ApprovalDeniedException("The approval policy refused the registration of a"
            + " package in '" + groupName + "': " + reason.get(), reason.get());
      }
    }
    return new PackageWrite(modelPackage, List.of(created),
        AuditRecords.createPackage(modelPackage, creator));
  }
}
