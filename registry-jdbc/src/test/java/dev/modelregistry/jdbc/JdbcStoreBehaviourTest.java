package dev.modelregistry.jdbc;

import static dev.modelregistry.jdbc.testing.StoreFixtures.T0;
import static dev.modelregistry.jdbc.testing.StoreFixtures.created;
import static dev.modelregistry.jdbc.testing.StoreFixtures.group;
import static dev.modelregistry.jdbc.testing.StoreFixtures.insert;
import static dev.modelregistry.jdbc.testing.StoreFixtures.modelPackage;
import static dev.modelregistry.jdbc.testing.StoreFixtures.updated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelregistry.api.ConflictException;
import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.ResourceAlreadyExistsException;
import dev.modelregistry.api.ResourceNotFoundException;
import dev.modelregistry.api.audit.AuditOperation;
import dev.modelregistry.api.model.ImmutableModelPackage;
import dev.modelregistry.api.model.MetadataProperties;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageGroupSummary;
import dev.modelregistry.api.model.SortBy;
import dev.modelregistry.api.model.SortOrder;
import dev.modelregistry.api.model.Tag;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.api.request.ListModelPackageGroupsRequest;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import dev.modelregistry.core.ModelRegistries;
import dev.modelregistry.core.spi.ClientTokenClaim;
import dev.modelregistry.core.spi.GroupQuery;
import dev.modelregistry.core.spi.GroupRecord;
import dev.modelregistry.core.spi.GroupWrite;
import dev.modelregistry.core.spi.NewPackage;
import dev.modelregistry.core.spi.PackageInsertion;
import dev.modelregistry.core.spi.PackageQuery;
import dev.modelregistry.core.spi.PackageWrite;
import dev.modelregistry.core.spi.RegistryStore;
import dev.modelregistry.inmemory.InMemoryRegistryStore;
import dev.modelregistry.jdbc.testing.StoreFixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the JDBC store guarantees beyond the registry's contract kit: transactions, races,
 * hostile strings and paging order, on each database (subclasses say which).
 */
abstract class JdbcStoreBehaviourTest {
  protected JdbcRegistryStore store;

  protected abstract JdbcRegistryStore openStore();

  protected void closeStore(JdbcRegistryStore store) {
    store.close();
  }

  @BeforeEach
  void open() {
    store = openStore();
  }

  @AfterEach
  void close() {
    closeStore(store);
  }

  @Test
  @DisplayName("versions stay 1..N with 8 writers on one group")
  void concurrentWritersGetConsecutiveVersions() throws Exception {
    insert(store, group("churn"));
    int writers = 8;
    int each = 25;
    Set<Integer> versions = ConcurrentHashMap.newKeySet();
    runConcurrently(writers, i -> {
      for (int n = 0; n < each; n++) {
        versions.add(store.insertPackage("churn", null,
            (g, v) -> created("churn", v)).modelPackage().modelPackageVersion());
      }
    });
    assertThat(new TreeSet<>(versions))
        .containsExactlyElementsOf(IntStream.rangeClosed(1, writers * each).boxed().toList());
    assertThat(store.findLatestPackage("CHURN", null)).get()
        .extracting(ModelPackage::modelPackageVersion).isEqualTo(writers * each);
  }

  @Test
  @DisplayName("racing callers with one client token get one package")
  void clientTokenRaceStoresOnePackage() throws Exception {
    insert(store, group("churn"));
    ClientTokenClaim token = new ClientTokenClaim("retry-1", "fingerprint-1");
    List<PackageInsertion> results = java.util.Collections.synchronizedList(new ArrayList<>());
    runConcurrently(8, i -> results.add(store.insertPackage("churn", token,
        (g, v) -> created("churn", v))));
    assertThat(results).filteredOn(PackageInsertion::created).hasSize(1);
    assertThat(results).extracting(r -> r.modelPackage().modelPackageVersion()).containsOnly(1);
    assertThat(results).filteredOn(r -> !r.created())
        .allSatisfy(r -> assertThat(r.existingFingerprint()).contains("fingerprint-1"));
    assertThat(store.insertPackage("churn", null, (g, v) -> created("churn", v))
        .modelPackage().modelPackageVersion()).isEqualTo(2);
  }

  @Test
  @DisplayName("a batch whose third factory fails stores none of its packages, tokens or history and consumes no version")
  void failedBatchStoresNothing() {
    insert(store, group("Churn"));
    List<NewPackage> batch = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      int index = i;
      batch.add(new NewPackage(new ClientTokenClaim("t" + i, "f"), (g, v) -> {
        if (index == 2) {
          throw new IllegalStateException("factory failed at version " + v);
        }
        return created(g, v);
      }));
    }
    assertThatThrownBy(() -> store.insertPackages("churn", batch))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("version 3");
    assertThat(store.findLatestPackage("churn", null)).isEmpty();

    List<PackageInsertion> stored = store.insertPackages("CHURN", batch.subList(3, 5));
    assertThat(stored).extracting(i -> i.modelPackage().modelPackageArn()).containsExactly(
        "arn:aws:sagemaker:us-east-1:000000000000:model-package/Churn/1",
        "arn:aws:sagemaker:us-east-1:000000000000:model-package/Churn/2");
    assertThat(store.listHistory("churn", 2)).hasSize(1);
    assertThat(store.insertPackages("churn", batch.subList(3, 5)))
        .allSatisfy(i -> assertThat(i.created()).isFalse())
        .extracting(i -> i.modelPackage().modelPackageVersion()).containsExactly(1, 2);
  }

  @Test
  @DisplayName("a create whose factory fails stores nothing and consumes no version")
  void failedCreateConsumesNoVersion() {
    insert(store, group("churn"));
    store.insertPackage("churn", null, (g, v) -> created("churn", v));
    assertThatThrownBy(() -> store.insertPackage("churn", new ClientTokenClaim("t", "f"), (g, v) -> {
      throw new IllegalStateException("factory failed at version " + v);
    })).isInstanceOf(IllegalStateException.class).hasMessageContaining("version 2");
    assertThat(store.findPackage("churn", 2)).isEmpty();
    assertThat(store.insertPackage("churn", new ClientTokenClaim("t", "f"),
        (g, v) -> created("churn", v)).modelPackage().modelPackageVersion()).isEqualTo(2);
  }

  @Test
  @DisplayName("a package whose history cannot be stored is not stored either")
  void packageAndHistoryCommitTogether() {
    insert(store, group("churn"));
    ModelPackage pkg = modelPackage("churn", 1, T0, ModelApprovalStatus.APPROVED);
    PackageWrite duplicateHistory = updated(pkg,
        List.of(created(pkg).history().get(0), created(pkg).history().get(0)));
    // Two entries are fine; break the write by storing a package under a missing group name
    // inside the same transaction instead: the history table's key makes it fail.
    store.insertPackage("churn", null, (g, v) -> duplicateHistory);
    assertThat(store.listHistory("churn", 1)).hasSize(2);
    assertThatThrownBy(() -> store.insertPackage("churn", null, (g, v) -> {
      throw new ConflictException("abort inside the transaction");
    })).isInstanceOf(ConflictException.class);
    assertThat(store.findLatestPackage("churn", null)).get()
        .extracting(ModelPackage::modelPackageVersion).isEqualTo(1);
  }

  @Test
  @DisplayName("a deleted package's version is never handed out again")
  void deletedVersionIsNotReused() {
    insert(store, group("churn"));
    store.insertPackage("churn", null, (g, v) -> created("churn", v));
    store.insertPackage("churn", null, (g, v) -> created("churn", v));
    store.deletePackage("churn", 2, StoreFixtures::packageDeleted);
    assertThat(store.findLatestPackage("churn", null)).get()
        .extracting(ModelPackage::modelPackageVersion).isEqualTo(1);
    assertThat(store.insertPackage("churn", null, (g, v) -> created("churn", v))
        .modelPackage().modelPackageVersion()).isEqualTo(3);
    assertThatThrownBy(() -> store.listHistory("churn", 2))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  @DisplayName("group names are unique ignoring case, keep their case, and are found in any case")
  void groupNamesIgnoreCase() {
    insert(store, group("Churn", T0, Tag.of("team", "ml")));
    assertThatThrownBy(() -> insert(store, group("cHURN")))
        .isInstanceOf(ResourceAlreadyExistsException.class)
        .extracting(e -> ((ResourceAlreadyExistsException) e).resourceArn())
        .isEqualTo("arn:aws:sagemaker:us-east-1:000000000000:model-package-group/Churn");
    GroupRecord found = store.findGroup("CHURN").orElseThrow();
    assertThat(found.group().modelPackageGroupName()).isEqualTo("Churn");
    assertThat(found.tags()).containsExactly(Tag.of("team", "ml"));
    store.insertPackage("churn", null, (g, v) -> created("Churn", v));
    assertThat(store.findPackage("CHURN", 1)).isPresent();
  }

  @Test
  @DisplayName("a group that holds packages cannot be deleted; an empty one can, and starts again at 1")
  void groupDeletion() {
    insert(store, group("churn"));
    store.insertPackage("churn", null, (g, v) -> created("churn", v));
    assertThatThrownBy(() -> store.deleteGroup("churn", StoreFixtures::groupDeleted)).isInstanceOf(ConflictException.class);
    store.deletePackage("churn", 1, StoreFixtures::packageDeleted);
    store.deleteGroup("CHURN", StoreFixtures::groupDeleted);
    assertThat(store.findGroup("churn")).isEmpty();
    assertThatThrownBy(() -> store.deleteGroup("churn", StoreFixtures::groupDeleted))
        .isInstanceOf(ResourceNotFoundException.class);
    insert(store, group("churn"));
    assertThat(store.insertPackage("churn", null, (g, v) -> created("churn", v))
        .modelPackage().modelPackageVersion()).isEqualTo(1);
  }

  @Test
  @DisplayName("tags and policy change atomically and keep their order")
  void groupUpdates() {
    insert(store, group("churn", T0, Tag.of("b", "1"), Tag.of("a", "2")));
    GroupRecord updated = store.updateGroup("CHURN", r -> new GroupWrite(r.withTags(List.of(
        Tag.of("b", "1"), Tag.of("a", "3"), Tag.of("c", "4"))).withPolicy("{\"Version\":1}"),
        StoreFixtures.audit(r, AuditOperation.ADD_TAGS)));
    assertThat(store.findGroup("churn")).contains(updated);
    assertThat(updated.tags()).extracting(Tag::key).containsExactly("b", "a", "c");
    assertThat(store.findGroup("churn").orElseThrow().policy()).contains("{\"Version\":1}");
    assertThatThrownBy(() -> store.updateGroup("churn", r -> {
      throw new IllegalArgumentException("no");
    })).isInstanceOf(IllegalArgumentException.class);
    assertThat(store.findGroup("churn")).contains(updated);
  }

  @Test
  @DisplayName("updates store the package and append history in order; a no-op writes nothing")
  void packageUpdates() {
    insert(store, group("churn"));
    ModelPackage first = store.insertPackage("churn", null, (g, v) -> created("churn", v))
        .modelPackage();
    ModelPackage approved = ImmutableModelPackage.copyOf(first)
        .withModelApprovalStatus(ModelApprovalStatus.APPROVED);
    store.updatePackage("CHURN", 1, current -> updated(approved, created(approved).history()));
    assertThat(store.updatePackage("churn", 1, PackageWrite::unchanged)).isEqualTo(approved);
    assertThat(store.findPackage("churn", 1)).contains(approved);
    assertThat(store.listHistory("churn", 1)).hasSize(2);
    assertThat(store.findLatestPackage("churn", ModelApprovalStatus.APPROVED)).contains(approved);
    assertThat(store.findLatestPackage("churn", ModelApprovalStatus.REJECTED)).isEmpty();
    assertThatThrownBy(() -> store.updatePackage("churn", 9, PackageWrite::unchanged))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> store.findLatestPackage("nope", null))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  @DisplayName("quotes, semicolons, %, _, backslashes, SQL and non-ASCII text come back verbatim")
  void hostileStringsRoundTrip() {
    String hostile = "'; DROP TABLE mr_model_package; -- \" % _ \\ \\' SELECT * FROM x WHERE 1=1"
        + " Grüße 日本語 עברית 🙂 \u0000 \ud800 end";
    ModelRegistry registry = ModelRegistries.builder(store).build();
    registry.createModelPackageGroup(CreateModelPackageGroupRequest.builder()
        .modelPackageGroupName("Hostile-1")
        .modelPackageGroupDescription("it's 100% \"quoted\"; _under_ \\back\\ Grüße 🙂")
        .addTags(Tag.of("key_ü:=+@", "value ü/.-"))
        .build());
    ModelPackage created = registry.createModelPackage(CreateModelPackageRequest.builder()
        .modelPackageGroupName("hostile-1")
        .modelPackageDescription("it's 100% \"quoted\"; _under_ \\back\\ SELECT; Grüße 🙂")
        .metadataProperties(MetadataProperties.builder().commitId(hostile).build())
        .customerMetadataProperties(Map.of("k_ü:=", "v: ü/x@", "DROP", "TABLE"))
        .build());
    assertThat(registry.describeModelPackage("hostile-1/1")).isEqualTo(created);
    assertThat(created.metadataProperties().orElseThrow().commitId()).contains(hostile);
    registry.putModelPackageGroupPolicy("hostile-1", hostile);
    assertThat(registry.getModelPackageGroupPolicy("HOSTILE-1")).isEqualTo(hostile);
  }

  @Test
  @DisplayName("nameContains takes % and _ literally and ignores case")
  void nameContainsIsLiteral() {
    ModelRegistry registry = ModelRegistries.builder(store).build();
    for (String name : List.of("a-b", "aXb", "A-B-c", "ab")) {
      registry.createModelPackageGroup(CreateModelPackageGroupRequest.builder()
          .modelPackageGroupName(name).build());
    }
    assertThat(groupNames(registry, "a-b")).containsExactlyInAnyOrder("a-b", "A-B-c");
    assertThat(store.listGroups(new GroupQuery("a_b", null, null, SortBy.NAME,
        SortOrder.ASCENDING, null, 10))).isEmpty();
    assertThat(store.listGroups(new GroupQuery("%", null, null, SortBy.NAME,
        SortOrder.ASCENDING, null, 10))).isEmpty();
    assertThat(store.listPackages(new PackageQuery(null, null, "a_", null, null, null, Map.of(), SortBy.NAME,
        SortOrder.ASCENDING, null, 10))).isEmpty();
  }

  @Test
  @DisplayName("every page order matches the in-memory store's, page by page")
  void pagesMatchTheInMemoryStore() {
    InMemoryRegistryStore reference = new InMemoryRegistryStore();
    List<String> names = List.of("B", "a", "A-1", "b", "Z9", "c");
    List<String> taken = new ArrayList<>();
    for (int g = 0; g < names.size(); g++) {
      String name = names.get(g);
      if (taken.stream().anyMatch(name::equalsIgnoreCase)) {
        continue;
      }
      taken.add(name);
      Instant created = T0.plusMillis(g % 3);
      for (RegistryStore target : List.of(store, reference)) {
        insert(target, group(name, created));
      }
      for (int v = 1; v <= 7; v++) {
        Instant at = T0.plusMillis((v * 7L + g) % 5);
        ModelApprovalStatus status = ModelApprovalStatus.values()[(v + g) % 3];
        ModelPackage pkg = modelPackage(name, v, at, status);
        for (RegistryStore target : List.of(store, reference)) {
          target.insertPackage(name, null, (storedName, version) -> created(pkg));
        }
      }
    }
    for (SortBy sortBy : SortBy.values()) {
      for (SortOrder order : SortOrder.values()) {
        for (int limit : List.of(1, 100)) {
          assertThat(allGroups(store, sortBy, order, limit))
              .as("groups by %s %s, pages of %d", sortBy, order, limit)
              .isEqualTo(allGroups(reference, sortBy, order, limit));
          for (String groupName : new String[] {null, "b", "A-1"}) {
            for (ModelApprovalStatus status : new ModelApprovalStatus[] {null,
                ModelApprovalStatus.APPROVED}) {
              assertThat(allPackages(store, groupName, status, sortBy, order, limit))
                  .as("packages of %s (%s) by %s %s, pages of %d", groupName, status, sortBy,
                      order, limit)
                  .isEqualTo(allPackages(reference, groupName, status, sortBy, order, limit))
                  .isNotEmpty();
            }
          }
        }
      }
    }
    assertThat(store.listPackages(new PackageQuery(null, null, null, T0.plusMillis(1),
        T0.plusMillis(4), null, Map.of(), SortBy.CREATION_TIME, SortOrder.ASCENDING, null, 100)))
        .isEqualTo(reference.listPackages(new PackageQuery(null, null, null, T0.plusMillis(1),
            T0.plusMillis(4), null, Map.of(), SortBy.CREATION_TIME, SortOrder.ASCENDING, null, 100)));
    assertThat(store.listPackages(new PackageQuery("NOPE", null, null, null, null, null, Map.of(), SortBy.NAME,
        SortOrder.ASCENDING, null, 100))).isEmpty();
  }

  @Test
  @DisplayName("works through the registry with its clock and caller")
  void worksThroughTheRegistry() {
    ModelRegistry registry = ModelRegistries.builder(store)
        .clock(Clock.fixed(T0, ZoneOffset.UTC)).build();
    registry.createModelPackageGroup(CreateModelPackageGroupRequest.builder()
        .modelPackageGroupName("churn").build());
    ModelPackage created = registry.createModelPackage(CreateModelPackageRequest.builder()
        .modelPackageGroupName("churn").clientToken("abc").build());
    assertThat(registry.createModelPackage(CreateModelPackageRequest.builder()
        .modelPackageGroupName("churn").clientToken("abc").build())).isEqualTo(created);
    ModelPackage approved = registry.updateModelPackage(UpdateModelPackageRequest.builder()
        .modelPackageArn(created.modelPackageArn())
        .modelApprovalStatus(ModelApprovalStatus.APPROVED).build());
    assertThat(registry.findLatestApprovedModelPackage("churn")).contains(approved);
    assertThat(registry.getModelPackageHistory("churn/1")).hasSize(2);
  }

  private static List<String> groupNames(ModelRegistry registry, String contains) {
    return registry.listModelPackageGroups(ListModelPackageGroupsRequest.builder()
            .nameContains(contains).build())
        .items().stream().map(ModelPackageGroupSummary::modelPackageGroupName).toList();
  }

  private static List<List<String>> allGroups(RegistryStore store, SortBy sortBy, SortOrder order,
      int limit) {
    List<List<String>> pages = new ArrayList<>();
    GroupQuery.GroupCursor after = null;
    while (true) {
      var page = store.listGroups(new GroupQuery(null, null, null, sortBy, order, after, limit));
      if (page.isEmpty()) {
        return pages;
      }
      pages.add(page.stream().map(g -> g.modelPackageGroupName()).toList());
      var last = page.get(page.size() - 1);
      after = new GroupQuery.GroupCursor(last.creationTime(), last.modelPackageGroupName());
    }
  }

  private static List<List<String>> allPackages(RegistryStore store, String groupName,
      ModelApprovalStatus status, SortBy sortBy, SortOrder order, int limit) {
    List<List<String>> pages = new ArrayList<>();
    PackageQuery.PackageCursor after = null;
    while (true) {
      var page = store.listPackages(new PackageQuery(groupName, status, null, null, null, null, Map.of(), sortBy,
          order, after, limit));
      if (page.isEmpty()) {
        return pages;
      }
      pages.add(page.stream().map(ModelPackage::modelPackageArn).toList());
      ModelPackage last = page.get(page.size() - 1);
      after = new PackageQuery.PackageCursor(last.creationTime(), last.modelPackageGroupName(),
          last.modelPackageVersion());
    }
  }

  interface Worker {
    void run(int index) throws Exception;
  }

  static void runConcurrently(int threads, Worker worker) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        int index = i;
        futures.add(pool.submit(() -> {
          start.await();
          worker.run(index);
          return null;
        }));
      }
      start.countDown();
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

}
