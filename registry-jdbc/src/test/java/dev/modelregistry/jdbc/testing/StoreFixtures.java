package dev.modelregistry.jdbc.testing;

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

  /** Returns a factory's write: the package and its CREATED history entry. */
  public static PackageWrite created(ModelPackage modelPackage) {
    return new PackageWrite(modelPackage, List.of(ModelPackageHistoryEntry.builder()
        .modelPackageArn(modelPackage.modelPackageArn())
        .changeType(ModelPackageChangeType.CREATED)
        .changeTime(modelPackage.creationTime())
        .changedBy(UserContext.ofUserProfile("tester"))
        .toApprovalStatus(modelPackage.modelApprovalStatus())
        .build()));
  }

  public static PackageWrite created(String group, int version) {
    return created(modelPackage(group, version, T0, ModelApprovalStatus.PENDING_MANUAL_APPROVAL));
  }
}
