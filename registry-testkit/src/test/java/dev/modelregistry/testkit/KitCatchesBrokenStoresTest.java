package dev.modelregistry.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectNestedMethod;
import static org.junit.platform.launcher.EngineFilter.includeEngines;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import dev.modelregistry.api.audit.AuditOperation;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageGroup;
import dev.modelregistry.api.model.ModelPackageHistoryEntry;
import dev.modelregistry.core.spi.AuditQuery;
import dev.modelregistry.core.spi.ClientTokenClaim;
import dev.modelregistry.core.spi.GroupQuery;
import dev.modelregistry.core.spi.GroupRecord;
import dev.modelregistry.core.spi.NewPackage;
import dev.modelregistry.core.spi.PackageFactory;
import dev.modelregistry.core.spi.PackageInsertion;
import dev.modelregistry.core.spi.PackageQuery;
import dev.modelregistry.core.spi.PackageWrite;
import dev.modelregistry.core.spi.RegistryStore;
import dev.modelregistry.core.spi.StoreErrors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The kit catches what it claims to: run against a store broken in one way, the tests about that
 * behaviour fail, while the same tests pass on the correct in-memory store. (The broken kits are
 * static member classes, disabled by {@link OnlyInSelfTest} unless this test launches them.)
 */
class KitCatchesBrokenStoresTest {

  @Test
  @DisplayName("a store whose creation-time bounds are inclusive fails the strict-bound tests")
  void inclusiveTimeBounds() {
    assertCaught(InclusiveTimeBounds.class, ModelRegistryContractKit.Lists.class,
        "groupsByStrictTimeBounds", "packagesByStrictTimeBounds");
  }

  @Test
  @DisplayName("a store that forgets client tokens fails the idempotency, token-race and batch-token tests")
  void forgottenClientTokens() {
    assertCaught(ForgetsClientTokens.class, ModelRegistryContractKit.Idempotency.class,
        "retryReturnsFirstPackage", "differentRequestIsConflict", "retryAfterUpdate");
    assertCaught(ForgetsClientTokens.class, ModelRegistryContractKit.Concurrency.class,
        "oneTokenOnePackage");
    assertCaught(ForgetsClientTokens.class, ModelRegistryContractKit.BatchCreation.class,
        "retriedBatchReturnsFirstPackages", "partlySeenTokens", "conflictingTokenFailsTheBatch");
  }

  @Test
  @DisplayName("a store that looks group names up case-sensitively fails the ignoring-case tests")
  void caseSensitiveLookups() {
    assertCaught(CaseSensitiveLookups.class, ModelRegistryContractKit.Groups.class,
        "keepsCaseAndFindsIgnoringCase");
    assertCaught(CaseSensitiveLookups.class, ModelRegistryContractKit.PackageCreation.class,
        "namesGroupByArnOrAnyCase");
    assertCaught(CaseSensitiveLookups.class, ModelRegistryContractKit.BatchCreation.class,
        "groupNamedAnyWay");
  }

  @Test
  @DisplayName("a store that ignores the page cursor fails the paging tests")
  void ignoredCursor() {
    assertCaught(IgnoresPackageCursor.class, ModelRegistryContractKit.Paging.class,
        "deletesBetweenPages", "registersBetweenPages", "tokenWithOtherPageSize");
  }

  @Test
  @DisplayName("a store that keeps only the first history entry fails the history tests")
  void truncatedHistory() {
    assertCaught(TruncatesHistory.class, ModelRegistryContractKit.History.class,
        "recordsEveryChange", "recordsBothChangesOfOneUpdate");
  }

  @Test
  @DisplayName("a store that drops the audit records of updates fails the trail, feed and point-in-time tests")
  void droppedAuditRecords() {
    assertCaught(DropsUpdateRecords.class, ModelRegistryContractKit.AuditTrail.class,
        "recordsUpdate");
    assertCaught(DropsUpdateRecords.class, ModelRegistryContractKit.AuditTrailReads.class,
        "recordsInPositionOrder");
    assertCaught(DropsUpdateRecords.class, ModelRegistryContractKit.PointInTime.class,
        "latestApprovedVersionAt", "approvalStatusAt");
    assertCaught(DropsUpdateRecords.class, ModelRegistryContractKit.ChangeFeed.class,
        "feedInPositionOrder");
  }

  @Test
  @DisplayName("a store that returns a feed batch out of position order fails the feed-order tests")
  void feedOutOfOrder() {
    assertCaught(FeedOutOfOrder.class, ModelRegistryContractKit.ChangeFeed.class,
        "feedInPositionOrder", "readsAfterPosition",
        "consumerSeesEveryRecordOnceUnderConcurrentWriters");
  }

  @Test
  @DisplayName("a store whose feed skips the record right after the position fails the feed and consumer tests")
  void feedSkipsRecords() {
    assertCaught(FeedSkipsNextRecord.class, ModelRegistryContractKit.ChangeFeed.class,
        "feedInPositionOrder", "readsAfterPosition",
        "consumerSeesEveryRecordOnceUnderConcurrentWriters");
  }

  @Test
  @DisplayName("a store that loses denied records fails the denial tests")
  void lostDenials() {
    assertCaught(LosesDenials.class, ModelRegistryContractKit.ApprovalPolicies.class,
        "separationOfDuties", "separationOfDutiesAtRegistration", "approversList");
    assertCaught(LosesDenials.class, ModelRegistryContractKit.ChangeFeed.class,
        "deniedRecordsStayOutOfTheFeed");
  }

  @Test
  @DisplayName("a store that ignores provenance filters fails the provenance query tests")
  void ignoredProvenanceFilters() {
    assertCaught(IgnoresProvenanceFilters.class, ModelRegistryContractKit.ProvenanceQueries.class,
        "filtersByEachMetadataProperty", "filtersByCustomerMetadata", "combinesWithOtherFilters",
        "reflectsUpdatedCustomerMetadata");
  }

  /** Asserts that the tests fail on {@code brokenKit} and pass on the in-memory store. */
  private static void assertCaught(Class<? extends ModelRegistryContractKit> brokenKit,
      Class<?> area, String... tests) {
    assertThat(run(InMemoryRegistryContractTest.class, area, tests).failed())
        .as("failures on the correct store").isEmpty();
    Outcome broken = run(brokenKit, area, tests);
    assertThat(broken.failed()).as("failures on %s", brokenKit.getSimpleName())
        .containsExactlyInAnyOrder(tests);
  }

  private record Outcome(Set<String> failed, Set<String> finished) {}

  private static Outcome run(Class<?> kit, Class<?> area, String... tests) {
    Set<String> failed = ConcurrentHashMap.newKeySet();
    Set<String> finished = ConcurrentHashMap.newKeySet();
    TestExecutionListener listener = new TestExecutionListener() {
      @Override
      public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (test.isTest() && test.getSource().orElse(null) instanceof MethodSource method) {
          finished.add(method.getMethodName());
          if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
            failed.add(method.getMethodName());
          }
        }
      }
    };
    LauncherFactory.create().execute(request()
        .selectors(Stream.of(tests).map(test -> selectNestedMethod(List.of(kit), area, test))
            .toList())
        .filters(includeEngines("junit-jupiter"))
        .configurationParameter(OnlyInSelfTest.KEY, "true")
        .build(), listener);
    assertThat(finished).as("tests run on %s", kit.getSimpleName())
        .containsExactlyInAnyOrder(tests);
    return new Outcome(failed, finished);
  }

  @ExtendWith(OnlyInSelfTest.class)
  static class InclusiveTimeBounds extends ModelRegistryContractKit {
    InclusiveTimeBounds() {
      super(directory -> brokenStore());
    }

    private static RegistryStore brokenStore() {
      return new DelegatingStore() {
        @Override
        public List<ModelPackageGroup> listGroups(GroupQuery q) {
          return super.listGroups(new GroupQuery(q.nameContains(), earlier(q.createdAfter()),
              later(q.createdBefore()), q.sortBy(), q.sortOrder(), q.after(), q.limit()));
        }

        @Override
        public List<ModelPackage> listPackages(PackageQuery q) {
          return super.listPackages(new PackageQuery(q.groupName(), q.approvalStatus(),
              q.nameContains(), earlier(q.createdAfter()), later(q.createdBefore()),
              q.metadataProperties(), q.customerMetadata(), q.sortBy(), q.sortOrder(), q.after(),
              q.limit()));
        }
      };
    }

    private static @Nullable Instant earlier(@Nullable Instant bound) {
      return bound == null ? null : bound.minusMillis(1);
    }

    private static @Nullable Instant later(@Nullable Instant bound) {
      return bound == null ? null : bound.plusMillis(1);
    }
  }

  @ExtendWith(OnlyInSelfTest.class)
  static class ForgetsClientTokens extends ModelRegistryContractKit {
    ForgetsClientTokens() {
      super(directory -> brokenStore());
    }

    private static RegistryStore brokenStore() {
      return new DelegatingStore() {
        @Override
        public PackageInsertion insertPackage(String groupName, @Nullable ClientTokenClaim token,
            PackageFactory factory) {
          return super.insertPackage(groupName, null, factory);
        }

        @Override
        public List<PackageInsertion> insertPackages(String groupName, List<NewPackage> packages) {
          return super.insertPackages(groupName, packages.stream()
              .map(p -> new NewPackage(null, p.factory())).toList());
        }
      };
    }
  }

  @ExtendWith(OnlyInSelfTest.class)
  static class CaseSensitiveLookups extends ModelRegistryContractKit {
    CaseSensitiveLookups() {
      super(directory -> brokenStore());
    }

    private static RegistryStore brokenStore() {
      return new DelegatingStore() {
        @Override
        public Optional<GroupRecord> findGroup(String groupName) {
          return super.findGroup(groupName)
              .filter(group -> group.group().modelPackageGroupName().equals(groupName));
        }

        @Override
        public PackageInsertion insertPackage(String groupName, @Nullable ClientTokenClaim token,
            PackageFactory factory) {
          requireExactCase(groupName);
          return super.insertPackage(groupName, token, factory);
        }

        @Override
        public List<PackageInsertion> insertPackages(String groupName, List<NewPackage> packages) {
          requireExactCase(groupName);
          return super.insertPackages(groupName, packages);
        }

        private void requireExactCase(String groupName) {
          if (findGroup(groupName).isEmpty()) {
            throw StoreErrors.groupNotFound(groupName);
          }
        }
      };
    }
  }

  @ExtendWith(OnlyInSelfTest.class)
  static class IgnoresPackageCursor extends ModelRegistryContractKit {
    IgnoresPackageCursor() {
      super(directory -> brokenStore());
    }

    private static RegistryStore brokenStore() {
      return new DelegatingStore() {
        @Override
        public List<ModelPackage> listPackages(PackageQuery q) {
          return super.listPackages(new PackageQuery(q.groupName(), q.approvalStatus(),
              q.nameContains(), q.createdAfter(), q.createdBefore(), q.metadataProperties(),
              q.customerMetadata(), q.sortBy(), q.sortOrder(), null, q.limit()));
        }
      };
    }
  }

  @ExtendWith(OnlyInSelfTest.class)
  static class TruncatesHistory extends ModelRegistryContractKit {
    TruncatesHistory() {
      super(directory -> brokenStore());
    }

    private static RegistryStore brokenStore() {
      return new DelegatingStore() {
        @Override
        public List<ModelPackageHistoryEntry> listHistory(String groupName, int version) {
          return super.listHistory(groupName, version).subList(0, 1);
        }
      };
    }
  }

  @ExtendWith(OnlyInSelfTest.class)
  static class DropsUpdateRecords extends ModelRegistryContractKit {
    DropsUpdateRecords() {
      super(directory -> brokenStore());
    }

    private static RegistryStore brokenStore() {
      return new DelegatingStore() {
        @Override
        public List<AuditRecord> listAudit(AuditQuery query) {
          return withoutUpdates(super.listAudit(query));
        }

        @Override
        public List<AuditRecord> readFeed(long afterPosition, int limit) {
          return withoutUpdates(super.readFeed(afterPosition, limit));
        }
      };
    }

    private static List<AuditRecord> withoutUpdates(List<AuditRecord> records) {
      return records.stream()
          .filter(record -> record.operation() != AuditOperation.UPDATE_MODEL_PACKAGE).toList();
    }
  }

  @ExtendWith(OnlyInSelfTest.class)
  static class FeedOutOfOrder extends ModelRegistryContractKit {
    FeedOutOfOrder() {
      super(directory -> brokenStore());
    }

    private static RegistryStore brokenStore() {
      return new DelegatingStore() {
        @Override
        public List<AuditRecord> readFeed(long afterPosition, int limit) {
          List<AuditRecord> batch = new ArrayList<>(super.readFeed(afterPosition, limit));
          Collections.reverse(batch);
          return batch;
        }
      };
    }
  }

  @ExtendWith(OnlyInSelfTest.class)
  static class FeedSkipsNextRecord extends ModelRegistryContractKit {
    FeedSkipsNextRecord() {
      super(directory -> brokenStore());
    }

    private static RegistryStore brokenStore() {
      return new DelegatingStore() {
        @Override
        public List<AuditRecord> readFeed(long afterPosition, int limit) {
          return super.readFeed(afterPosition + 1, limit);
        }
      };
    }
  }

  @ExtendWith(OnlyInSelfTest.class)
  static class LosesDenials extends ModelRegistryContractKit {
    LosesDenials() {
      super(directory -> brokenStore());
    }

    private static RegistryStore brokenStore() {
      return new DelegatingStore() {
        @Override
        public AuditRecord appendAudit(AuditRecord record) {
          return record;
        }
      };
    }
  }

  @ExtendWith(OnlyInSelfTest.class)
  static class IgnoresProvenanceFilters extends ModelRegistryContractKit {
    IgnoresProvenanceFilters() {
      super(directory -> brokenStore());
    }

    private static RegistryStore brokenStore() {
      return new DelegatingStore() {
        @Override
        public List<ModelPackage> listPackages(PackageQuery q) {
          return super.listPackages(new PackageQuery(q.groupName(), q.approvalStatus(),
              q.nameContains(), q.createdAfter(), q.createdBefore(), null, Map.of(), q.sortBy(),
              q.sortOrder(), q.after(), q.limit()));
        }
      };
    }
  }
}
