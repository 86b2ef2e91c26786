package dev.modelregistry.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelregistry.api.ConflictException;
import dev.modelregistry.api.ResourceAlreadyExistsException;
import dev.modelregistry.api.ResourceNotFoundException;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageGroup;
import dev.modelregistry.api.model.ModelPackageGroupStatus;
import dev.modelregistry.api.model.ModelPackageStatus;
import dev.modelregistry.api.model.SortBy;
import dev.modelregistry.api.model.SortOrder;
import dev.modelregistry.core.spi.ClientTokenClaim;
import dev.modelregistry.core.spi.GroupRecord;
import dev.modelregistry.core.spi.NewPackage;
import dev.modelregistry.core.spi.PackageQuery;
import dev.modelregistry.core.spi.PackageWrite;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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
        .build(), List.of());
  }

  @Test
  @DisplayName("group names are unique ignoring case and found ignoring case")
  void groupNamesIgnoreCase() {
    store.insertGroup(group("Churn"));
    assertThatThrownBy(() -> store.insertGroup(group("churn")))
        .isInstanceOf(ResourceAlreadyExistsException.class);
    assertThat(store.findGroup("CHURN")).map(g -> g.group().modelPackageGroupName()).hasValue("Churn");
  }

  @Test
  @DisplayName("a version deleted stays allocated, and a factory that throws consumes none")
  void versionsAreNeverReused() {
    store.insertGroup(group("g"));
    store.insertPackage("g", null, (g, v) -> pkg("g", v, ModelApprovalStatus.APPROVED));
    store.insertPackage("g", null, (g, v) -> pkg("g", v, ModelApprovalStatus.APPROVED));
    store.deletePackage("g", 2);
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
    store.insertGroup(group("g"));
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
    store.insertGroup(group("g"));
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
    store.insertGroup(group("g"));
    store.insertPackage("g", null, (g, v) -> pkg("g", v, ModelApprovalStatus.APPROVED));
    assertThatThrownBy(() -> store.deleteGroup("g")).isInstanceOf(ConflictException.class);
    store.deletePackage("g", 1);
    store.deleteGroup("G");
    assertThatThrownBy(() -> store.deleteGroup("g")).isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  @DisplayName("keyset pages continue strictly after the cursor in both directions")
  void keysetPages() {
    store.insertGroup(group("g"));
    for (int i = 0; i < 5; i++) {
      store.insertPackage("g", null, (g, v) -> pkg("g", v, ModelApprovalStatus.APPROVED));
    }
    var cursor = new PackageQuery.PackageCursor(T0.plusSeconds(2), "g", 2);
    assertThat(store.listPackages(new PackageQuery(null, null, null, null, null,
        SortBy.CREATION_TIME, SortOrder.ASCENDING, cursor, 2)))
        .extracting(ModelPackage::modelPackageVersion).containsExactly(3, 4);
    assertThat(store.listPackages(new PackageQuery("g", null, null, null, null,
        SortBy.NAME, SortOrder.DESCENDING, cursor, 10)))
        .extracting(ModelPackage::modelPackageVersion).containsExactly(1);
  }
}
