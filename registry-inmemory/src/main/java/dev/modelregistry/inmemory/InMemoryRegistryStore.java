package dev.modelregistry.inmemory;

import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageGroup;
import dev.modelregistry.api.model.ModelPackageHistoryEntry;
import dev.modelregistry.api.model.SortBy;
import dev.modelregistry.api.model.SortOrder;
import dev.modelregistry.core.spi.AuditQuery;
import dev.modelregistry.core.spi.ClientTokenClaim;
import dev.modelregistry.core.spi.GroupQuery;
import dev.modelregistry.core.spi.GroupRecord;
import dev.modelregistry.core.spi.GroupWrite;
import dev.modelregistry.core.spi.NewPackage;
import dev.modelregistry.core.spi.PackageFactory;
import dev.modelregistry.core.spi.PackageInsertion;
import dev.modelregistry.core.spi.PackageQuery;
import dev.modelregistry.core.spi.PackageWrite;
import dev.modelregistry.core.spi.RegistryStore;
import dev.modelregistry.core.spi.StoreErrors;
import dev.modelregistry.inmemory.internal.AuditLog;
import dev.modelregistry.inmemory.internal.GroupState;
import dev.modelregistry.inmemory.internal.PackageIndex;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the registry in concurrent in-memory structures. Thread-safe; changes of one group are
 * linearizable (each takes the group's lock), as are "latest" lookups and history reads; describe
 * and list read concurrent maps without a lock and see each package either before or after a
 * change. List pages are keyset pages over sorted indexes, so paging stays stable while writers
 * append. Nothing survives the JVM.
 *
 * <p>The audit log (trail and change feed) is appended under the changed group's lock, after the
 * change, with positions allocated in commit order under one log-wide lock; readers of the trail
 * and feed take no lock and never see a position before every lower one. Records are kept until
 * {@link #pruneAudit pruned} (a few hundred bytes each), and feed consumer positions in a map.
 *
 * <pre>{@code
 * ModelRegistry registry = ModelRegistries.builder(new InMemoryRegistryStore()).build();
 * }</pre>
 */
public final class InMemoryRegistryStore implements RegistryStore {
  private static final Comparator<ModelPackageGroup> GROUPS_BY_CREATION_TIME = Comparator
      .comparing(ModelPackageGroup::creationTime)
      .thenComparing(ModelPackageGroup::modelPackageGroupName);
  private static final Comparator<ModelPackageGroup> GROUPS_BY_NAME =
      Comparator.comparing(ModelPackageGroup::modelPackageGroupName);

  private final ConcurrentHashMap<String, GroupState> groups = new ConcurrentHashMap<>();
  /**
   * The same groups by stored name, in name order: a name-ordered list of all packages walks the
   * groups in this order and each group's versions in theirs, so packages need no name index.
   */
  private final ConcurrentSkipListMap<String, GroupState> groupsByName =
      new ConcurrentSkipListMap<>();
  private final PackageIndex packages = PackageIndex.ofRegistry();
  private final AuditLog log = new AuditLog();

  /** Creates an empty store. */
  public InMemoryRegistryStore() {}

  @Override
  public void insertGroup(GroupRecord group, AuditRecord audit) {
    GroupState created = new GroupState(group, packages, log);
    created.create(audit, () -> {
      GroupState existing =
          groups.putIfAbsent(key(group.group().modelPackageGroupName()), created);
      if (existing != null) {
        throw StoreErrors.groupAlreadyExists(existing.record().group());
      }
      groupsByName.put(group.group().modelPackageGroupName(), created);
    });
  }

  @Override
  public Optional<GroupRecord> findGroup(String groupName) {
    return Optional.ofNullable(lookup(groupName)).map(GroupState::record);
  }

  @Override
  public GroupRecord updateGroup(String groupName, Function<GroupRecord, GroupWrite> change) {
    return group(groupName).update(change);
  }

  @Override
  public void deleteGroup(String groupName, Function<GroupRecord, AuditRecord> audit) {
    GroupState group = group(groupName);
    group.delete(audit, () -> {
      groupsByName.remove(group.record().group().modelPackageGroupName(), group);
      groups.remove(key(groupName), group);
    });
  }

  @Override
  public List<ModelPackageGroup> listGroups(GroupQuery query) {
    Comparator<ModelPackageGroup> order =
        query.sortBy() == SortBy.NAME ? GROUPS_BY_NAME : GROUPS_BY_CREATION_TIME;
    if (query.sortOrder() == SortOrder.DESCENDING) {
      order = order.reversed();
    }
    Predicate<ModelPackageGroup> keep = groupFilter(query, order);
    return groups.values().stream()
        .filter(state -> !state.isDeleted())
        .map(state -> state.record().group())
        .filter(keep)
        .sorted(order)
        .limit(query.limit())
        .toList();
  }

  private static Predicate<ModelPackageGroup> groupFilter(
      GroupQuery query, Comparator<ModelPackageGroup> order) {
    Predicate<ModelPackageGroup> keep = group -> true;
    if (query.nameContains() != null) {
      String part = query.nameContains().toLowerCase(Locale.ROOT);
      keep = keep.and(g -> g.modelPackageGroupName().toLowerCase(Locale.ROOT).contains(part));
    }
    if (query.createdAfter() != null) {
      keep = keep.and(g -> g.creationTime().isAfter(query.createdAfter()));
    }
    if (query.createdBefore() != null) {
      keep = keep.and(g -> g.creationTime().isBefore(query.createdBefore()));
    }
    GroupQuery.GroupCursor after = query.after();
    if (after != null) {
      ModelPackageGroup cursor = ModelPackageGroup.builder()
          .modelPackageGroupName(after.groupName())
          .modelPackageGroupArn("")
          .creationTime(after.creationTime())
          .modelPackageGroupStatus(dev.modelregistry.api.model.ModelPackageGroupStatus.COMPLETED)
          .build();
      keep = keep.and(g -> order.compare(g, cursor) > 0);
    }
    return keep;
  }

  @Override
  public PackageInsertion insertPackage(
      String groupName, @Nullable ClientTokenClaim token, PackageFactory factory) {
    return group(groupName).insert(List.of(new NewPackage(token, factory)), false).get(0);
  }

  @Override
  public List<PackageInsertion> insertPackages(String groupName, List<NewPackage> packages) {
    return group(groupName).insert(packages, true);
  }

  @Override
  public Optional<ModelPackage> findPackage(String groupName, int version) {
    GroupState group = lookup(groupName);
    return group == null ? Optional.empty() : Optional.ofNullable(group.get(version));
  }

  @Override
  public @Nullable ModelPackage findPackageByArn(String arn) {
    return packages.byArn(arn);
  }

  @Override
  public ModelPackage updatePackage(
      String groupName, int version, Function<ModelPackage, PackageWrite> change) {
    return packageGroup(groupName, version).update(groupName, version, change);
  }

  @Override
  public void deletePackage(
      String groupName, int version, Function<ModelPackage, AuditRecord> audit) {
    packageGroup(groupName, version).delete(groupName, version, audit);
  }

  @Override
  public List<ModelPackage> listPackages(PackageQuery query) {
    if (query.groupName() == null) {
      return query.sortBy() == SortBy.NAME ? pageByName(query) : packages.page(query);
    }
    GroupState group = lookup(query.groupName());
    return group == null ? List.of() : group.page(query);
  }

  /** Walks the groups in name order from the cursor's group, each in version order. */
  private List<ModelPackage> pageByName(PackageQuery query) {
    NavigableMap<String, GroupState> ordered = query.sortOrder() == SortOrder.DESCENDING
        ? groupsByName.descendingMap() : groupsByName;
    if (query.after() != null) {
      ordered = ordered.tailMap(query.after().groupName(), true);
    }
    Predicate<ModelPackage> filter = PackageIndex.filter(query);
    List<ModelPackage> page = new ArrayList<>(Math.min(query.limit(), 128));
    for (GroupState group : ordered.values()) {
      if (page.size() >= query.limit()) {
        break;
      }
      group.appendByName(query, filter, page);
    }
    return page;
  }

  @Override
  public Optional<ModelPackage> findLatestPackage(
      String groupName, @Nullable ModelApprovalStatus approvalStatus) {
    return group(groupName).latest(approvalStatus);
  }

  @Override
  public List<ModelPackageHistoryEntry> listHistory(String groupName, int version) {
    return packageGroup(groupName, version).history(groupName, version);
  }


  // ---- the log ----

  @Override
  public AuditRecord appendAudit(AuditRecord record) {
    return log.append(record);
  }

  @Override
  public List<AuditRecord> listAudit(AuditQuery query) {
    return log.list(query);
  }

  @Override
  public List<AuditRecord> readFeed(long afterPosition, int limit) {
    return log.readFeed(afterPosition, limit);
  }

  @Override
  public OptionalLong findFeedPosition(String consumerName) {
    return log.findConsumer(consumerName);
  }

  @Override
  public void saveFeedPosition(String consumerName, long position) {
    log.saveConsumer(consumerName, position);
  }

  @Override
  public long pruneAudit(Instant olderThan) {
    return log.prune(olderThan);
  }

  private GroupState group(String groupName) {
    GroupState group = lookup(groupName);
    if (group == null) {
      throw StoreErrors.groupNotFound(groupName);
    }
    return group;
  }

  private GroupState packageGroup(String groupName, int version) {
    GroupState group = lookup(groupName);
    if (group == null) {
      throw StoreErrors.packageNotFound(groupName, version);
    }
    return group;
  }

  /**
   * Finds a group by name in any case. Keys are lower case; a name already in lower case (the
   * usual spelling, and what most ARNs carry) is found without lower-casing it first. A group
   * being deleted stays in the map until just after its deletion record is appended; it counts
   * as absent as soon as it is marked deleted, so no reader finds a group whose deletion it can
   * already read in the log.
   */
  private @Nullable GroupState lookup(String groupName) {
    GroupState group = groups.get(groupName);
    if (group == null) {
      group = groups.get(key(groupName));
    }
    return group == null || group.isDeleted() ? null : group;
  }

  private static String key(String groupName) {
    return groupName.toLowerCase(Locale.ROOT);
  }
}
