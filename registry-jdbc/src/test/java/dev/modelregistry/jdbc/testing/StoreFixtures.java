package dev.modelregistry.jdbc.testing;

import dev.modelregistry.api.audit.AuditOperation;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageChangeType;
import dev.modelregistry.api.model.ModelPackageGroup;
import dev.modelregistry.api.model.ModelPackageGroupStatus;
import dev.modelregistry.api.model.ModelPackageHistoryEntry;
import dev.modelregistry.api.model.ModelPackageStatus;
import dev.modelregistry.api.model.Tag;
import dev.modelregistry.api.model.UserContext;
import dev.modelregistry.core.spi.GroupRecord;
import dev.modelregistry.core.spi.PackageWrite;
import dev.modelregistry.core.spi.RegistryStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Values to store, built the way the registry builds them. */
public final class StoreFixtures {
  public static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private StoreFixtures() {}

  public static GroupRecord group(String name, Instant created, Tag... tags) {
    return new GroupRecord(ModelPackageGroup.builder()
        .modelPackageGroupName(name)
        .modelPackageGroupArn("arn:aws:sagemaker:us-east-1:000000000000:model-package-group/" + name)
        .creationTime(created)
        .createdBy(UserContext.ofUserProfile("tester"))
        .modelPackageGroupStatus(ModelPackageGroupStatus.COMPLETED)
        .build(), List.of(tags), null);
  }

  public static GroupRecord group(String name) {
    return group(name, T0);
  }

  public static ModelPackage modelPackage(String group, int version, Instant created,
      ModelApprovalStatus status) {
    return ModelPackage.builder()
        .modelPackageGroupName(group)
        .modelPackageVersion(version)
        .modelPackageArn("arn:aws:sagemaker:us-east-1:000000000000:model-package/"
            + group + "/" + version)
        .modelPackageDescription("version " + version + " of " + group)
        .creationTime(created)
        .modelPackageStatus(ModelPackageStatus.COMPLETED)
        .modelApprovalStatus(status)
        .createdBy(UserContext.ofUserProfile("tester"))
        .customerMetadataProperties(Map.of("version", Integer.toString(version)))
        .build();
  }

  /** Returns a factory's write: the package, its CREATED history entry and audit record. */
  public static PackageWrite created(ModelPackage modelPackage) {
    return new PackageWrite(modelPackage, List.of(ModelPackageHistoryEntry.builder()
        .modelPackageArn(modelPackage.modelPackageArn())
        .changeType(ModelPackageChangeType.CREATED)
        .changeTime(modelPackage.creationTime())
        .changedBy(UserContext.ofUserProfile("tester"))
        .toApprovalStatus(modelPackage.modelApprovalStatus())
        .build()), audit(modelPackage, AuditOperation.CREATE_MODEL_PACKAGE));
  }

  /** Returns a write of a package with its history entries and an UPDATE audit record. */
  public static PackageWrite updated(ModelPackage modelPackage,
      List<ModelPackageHistoryEntry> history) {
    return new PackageWrite(modelPackage, history,
        audit(modelPackage, AuditOperation.UPDATE_MODEL_PACKAGE));
  }

  /** Returns the audit record of an operation on a package, at its creation time. */
  public static AuditRecord audit(ModelPackage modelPackage, AuditOperation operation) {
    return AuditRecord.builder()
        .time(modelPackage.creationTime())
        .actor(UserContext.ofUserProfile("tester"))
        .operation(operation)
        .modelPackageGroupName(modelPackage.modelPackageGroupName())
        .modelPackageVersion(modelPackage.modelPackageVersion())
        .resourceArn(modelPackage.modelPackageArn())
        .revision(modelPackage.revision())
        .modelApprovalStatus(modelPackage.modelApprovalStatus())
        .build();
  }

  /** Returns the audit record of an operation on a group, at its creation time. */
  public static AuditRecord audit(GroupRecord group, AuditOperation operation) {
    return AuditRecord.builder()
        .time(group.group().creationTime())
        .actor(UserContext.ofUserProfile("tester"))
        .operation(operation)
        .modelPackageGroupName(group.group().modelPackageGroupName())
        .resourceArn(group.group().modelPackageGroupArn())
        .revision(group.group().revision())
        .build();
  }

  /** Returns the audit record of a group's creation. */
  public static AuditRecord groupCreated(GroupRecord group) {
    return audit(group, AuditOperation.CREATE_MODEL_PACKAGE_GROUP);
  }

  /** The audit function of a group deletion. */
  public static AuditRecord groupDeleted(GroupRecord group) {
    return audit(group, AuditOperation.DELETE_MODEL_PACKAGE_GROUP);
  }

  /** The audit function of a package deletion. */
  public static AuditRecord packageDeleted(ModelPackage modelPackage) {
    return audit(modelPackage, AuditOperation.DELETE_MODEL_PACKAGE);
  }

  /** Stores a group with the audit record of its creation. */
  public static void insert(RegistryStore store, GroupRecord group) {
    store.insertGroup(group, groupCreated(group));
  }

  public static PackageWrite created(String group, int version) {
    return created(modelPackage(group, version, T0, ModelApprovalStatus.PENDING_MANUAL_APPROVAL));
  }
}
