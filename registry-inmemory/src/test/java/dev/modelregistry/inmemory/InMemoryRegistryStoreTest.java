package dev.modelregistry.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelregistry.api.ConflictException;
import dev.modelregistry.api.ResourceAlreadyExistsException;
import dev.modelregistry.api.ResourceNotFoundException;
import dev.modelregistry.api.audit.AuditOperation;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.model.ImmutableModelPackage;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageGroup;
import dev.modelregistry.api.model.ModelPackageGroupStatus;
import dev.modelregistry.api.model.ModelPackageStatus;
import dev.modelregistry.api.model.SortBy;
import dev.modelregistry.api.model.SortOrder;
import dev.modelregistry.api.model.UserContext;
import dev.modelregistry.core.spi.ClientTokenClaim;
import dev.modelregistry.core.spi.GroupRecord;
import dev.modelregistry.core.spi.NewPackage;
import dev.modelregistry.core.spi.PackageQuery;
import dev.modelregistry.core.spi.PackageWrite;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.jspecify.annotations.Nullable;

/** The store's own guarantees, below the registry's validation (the full contract is the testkit's). */
class InMemoryRegistryStoreTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private final InMemoryRegistryStore store = new InMemoryRegistryStore();

  private static GroupRecord group(String name) {
    return new GroupRecord(ModelPackageGroup.builder()
        .modelPackageGroupName(name)
        .modelPackageGroupArn("arn:aws:sagemaker:us-east-1:000000000000:model-package-group/" + name)
        .creationTime(T0)
        .modelPackageGroupStatus(ModelPackageGroupStatus.COMPLETED)
        .build(), List.of(), null);
  }

  private static PackageWrite pkg(String group, int version, ModelApprovalStatus status) {
    return new PackageWrite(ModelPackage.builder()
        .modelPackageGroupName(group)
        .modelPackageVersion(version)
        .modelPackageArn("arn:aws:sagemaker:us-east-1:000000000000:model-package/" + group + "/" + version)
        .creationTime(T0.plusSeconds(version))
        .modelPackageStatus(ModelPackageStatus.COMPLETED)
        .modelApprovalStatus(status)
        .build(), List.of(), audit(AuditOperation.CREATE_MODEL_PACKAGE, group, version));
  }

  private static AuditRecord audit(AuditOperation operation, String group,
      @Nullable Integer version) {
    return AuditRecord.builder()
        .time(T0)
        .actor(UserContext.ofUserProfile("tester"))
        .operation(operation)
        .modelPackageGroupName(group)
        .modelPackageVersion(Optional.ofNullable(version))
        .resourceArn("arn:aws:sagemaker:us-east-1:000000000000:model-package-group/" + group)
        .build();
  }

  private void insertGroup(String name) {
    store.insertGroup(group(name), audit(AuditOperation.CREATE_MODEL_PACKAGE_GROUP, name, null));
  }

  private void deleteGroup(String name) {
    store.deleteGroup(name, g -> audit(AuditOperation.DELETE_MODEL_PACKAGE_GROUP, name, null));
  }

  private void deletePackage(String name, int version) {
    store.deletePackage(name, version,
        p -> audit(AuditOperation.DELETE_MODEL_PACKAGE, name, version));
  }

  @Test
  @DisplayName("group names are unique ignoring case and found ignoring case")
  void groupNamesIgnoreCase() {
    insertGroup("Churn");
    assertThatThrownBy(() -> insertGroup("churn"))
        .isInstanceOf(ResourceAlreadyExistsException.class);
    assertThat(store.findGroup("CHURN")).map(g -> g.group().modelPackageGroupName()).hasValue("Churn");
  }

  @Test
  @DisplayName("the ARN index answers exactly what findPackage answers, after updates and deletes")
  void arnIndexFollowsUpdatesAndDeletes() {
    insertGroup("g");
    ModelPackage created = store.insertPackage("g", null,
        (g, v) -> pkg("g", v, ModelApprovalStatus.PENDING_MANUAL_APPROVAL)).modelPackage();
    String arn = created.modelPackageArn();
    assertThat(store.findPackageByArn(arn)).isEqualTo(created);

    ModelPackage approved = store.updatePackage("g", 1, current -> new PackageWrite(
        ImmutableModelPackage.copyOf(current).withModelApprovalStatus(ModelApprovalStatus.APPROVED),
        List.of(), audit(AuditOperation.UPDATE_MODEL_PACKAGE, "g", 1)));
    assertThat(store.findPackageByArn(arn))
        .isEqualTo(approved)
        .isEqualTo(store.findPackage("g", 1).orElseThrow());
    // Only the stored spelling is indexed; other spellings take the registry's parsing path.
    assertThat(store.findPackageByArn(arn.toUpperCase(Locale.ROOT))).isNull();

    deletePackage("g", 1);
    assertThat(store.findPackageByArn(arn)).isNull();
  }

  @Test
  @DisplayName("a version deleted stays allocated, and a factory that throws consumes none")
  void versionsAreNeverReused() {
    insertGroup("g");
    store.insertPackage("g", null, (g, v) -> pkg("g", v, ModelApprovalStatus.APPROVED));
    store.insertPackage("g", null, (g, v) -> pkg("g", v, ModelApprovalStatus.APPROVED));
    deletePackage("g", 2);
    assertThatThrownBy(() -> store.insertPackage("g", null, (g, v) -> {
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(store.insertPackage("g", null, (g, v) -> pkg("g", v, ModelApprovalStatus.REJECTED))
        .modelPackage().modelPackageVersion()).isEqualTo(3);
    assertThat(store.findLatestPackage("g", ModelApprovalStatus.APPROVED))
        .map(ModelPackage::modelPackageVersion).hasValue(1);
  }

  @Test
  @DisplayName("a batch whose last factory throws stores none of its packages and consumes no version")
  void failedBatchStoresNothing() {
    insertGroup("g");
    List<NewPackage> batch = List.of(
        new NewPackage(new ClientTokenClaim("t1", "f"),
            (g, v) -> pkg(g, v, ModelApprovalStatus.APPROVED)),
        new NewPackage(null, (g, v) -> {
          throw new IllegalStateException("boom at " + v);
        }));
    assertThatThrownBy(() -> store.insertPackages("G", batch))
        .isInstanceOf(IllegalStateException.class).hasMessage("boom at 2");
    assertThat(store.findLatestPackage("g", null)).isEmpty();
    assertThat(store.insertPackages("g", batch.subList(0, 1)))
        .extracting(i -> i.modelPackage().modelPackageVersion()).containsExactly(1);
  }

  @Test
  @DisplayName("a client token seen before returns the first package and its fingerprint")
  void clientTokenReplays() {
    insertGroup("g");
    AtomicInteger calls = new AtomicInteger();
    ClientTokenClaim claim = new ClientTokenClaim("t1", "f1");
    store.insertPackage("g", claim, (g, v) -> { calls.incrementAndGet(); return pkg("g", v, ModelApprovalStatus.APPROVED); });
    var second = store.insertPackage("g", new ClientTokenClaim("t1", "f2"),
        (g, v) -> { calls.incrementAndGet(); return pkg("g", v, ModelApprovalStatus.APPROVED); });
    assertThat(second.created()).isFalse();
    assertThat(second.existingFingerprint()).hasValue("f1");
    assertThat(calls).hasValue(1);
  }

  @Test
  @DisplayName("a group holding packages cannot be deleted; missing ones are not found")
  void groupDeletion() {
    insertGroup("g");
    store.insertPackage("g", null, (g, v) -> pkg("g", v, ModelApprovalStatus.APPROVED));
    assertThatThrownBy(() -> deleteGroup("g")).isInstanceOf(ConflictException.class);
    deletePackage("g", 1);
    deleteGroup("G");
    assertThatThrownBy(() -> deleteGroup("g")).isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  @DisplayName("keyset pages continue strictly after the cursor in both directions")
  void keysetPages() {
    insertGroup("g");
    for (int i = 0; i < 5; i++) {
      store.insertPackage("g", null, (g, v) -> pkg("g", v, ModelApprovalStatus.APPROVED));
    }
    var cursor = new PackageQuery.PackageCursor(T0.plusSeconds(2), "g", 2);
    assertThat(store.listPackages(new PackageQuery(null, null, null, null, null, null, Map.of(),
        SortBy.CREATION_TIME, SortOrder.ASCENDING, cursor, 2)))
        .extracting(ModelPackage::modelPackageVersion).containsExactly(3, 4);
    assertThat(store.listPackages(new PackageQuery("g", null, null, null, null, null, Map.of(),
        SortBy.NAME, SortOrder.DESCENDING, cursor, 10)))
        .extracting(ModelPackage::modelPackageVersion).containsExactly(1);
  }
}
