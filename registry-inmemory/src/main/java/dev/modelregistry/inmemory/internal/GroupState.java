package dev.modelregistry.inmemory.internal;

import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageHistoryEntry;
import dev.modelregistry.api.model.SortBy;
import dev.modelregistry.api.model.SortOrder;
import dev.modelregistry.core.spi.ClientTokenClaim;
import dev.modelregistry.core.spi.GroupRecord;
import dev.modelregistry.core.spi.GroupWrite;
import dev.modelregistry.core.spi.NewPackage;
import dev.modelregistry.core.spi.PackageInsertion;
import dev.modelregistry.core.spi.PackageQuery;
import dev.modelregistry.core.spi.PackageWrite;
import dev.modelregistry.core.spi.StoreErrors;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One group and everything in it. Every change takes the group's lock, so changes of one group
 * are linearizable; reads of packages need no lock (concurrent maps). Also keeps the registry-wide
 * package index in step, under the same lock, and appends each change's audit record to the log
 * under it, after the change is in place (see {@link AuditLog}).
 */
public final class GroupState {
  private final ReentrantLock lock = new ReentrantLock();
  private final PackageIndex registryIndex;
  private final AuditLog log;
  private final PackageIndex groupIndex = PackageIndex.ofGroup();
  private final VersionTable byVersion = new VersionTable();
  /** Read and written under the lock only (see {@link #latest}). */
  private final Map<ModelApprovalStatus, BitSet> versionsByStatus =
      new EnumMap<>(ModelApprovalStatus.class);
  private final Map<String, Integer> versionByToken = new HashMap<>();
  private final Map<Integer, TokenUse> tokenByVersion = new HashMap<>();
  private final Map<Integer, List<ModelPackageHistoryEntry>> history = new HashMap<>();
  private volatile GroupRecord record;
  /** The highest version stored and not deleted, 0 when none: the latest package, without a scan. */
  private volatile int highestLive;
  private int liveCount;
  private int lastVersion;
  /**
   * Set under the lock before the deletion record is appended, and volatile, so a reader that can
   * read the deletion record sees it: the store's lookups treat a deleted group as absent in the
   * moment between the record's append and the group's removal from the store's map.
   */
  private volatile boolean deleted;

  public GroupState(GroupRecord record, PackageIndex registryIndex, AuditLog log) {
    this.record = record;
    this.registryIndex = registryIndex;
    this.log = log;
    for (ModelApprovalStatus status : ModelApprovalStatus.values()) {
      versionsByStatus.put(status, new BitSet());
    }
  }

  public GroupRecord record() {
    return record;
  }

  /**
   * Whether the group was deleted. True from before its deletion record is readable, so a lookup
   * that checks it never finds a group whose deletion it could read in the log.
   */
  public boolean isDeleted() {
    return deleted;
  }

  private String name() {
    return record.group().modelPackageGroupName();
  }

  /**
   * Publishes a new group: runs {@code register} (which makes it findable) and appends its
   * creation record under the group's lock, so no change of the new group can be recorded before
   * its creation.
   *
   * @param register makes the group findable, or throws if the name is taken
   */
  public void create(AuditRecord audit, Runnable register) {
    lock.lock();
    try {
      register.run();
      log.append(audit);
    } finally {
      lock.unlock();
    }
  }

  public GroupRecord update(Function<GroupRecord, GroupWrite> change) {
    lock.lock();
    try {
      requireLive();
      GroupWrite write = change.apply(record);
      AuditRecord audit = write.audit();
      if (audit == null) {
        return record;
      }
      record = write.record();
      log.append(audit);
      return record;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Deletes the group if it holds no packages: asks for the audit record (which may throw to
   * abort), appends it and then runs {@code unregister} (which drops the group from the store's
   * map), all under the lock: a group created again under the name can only be registered after
   * the deletion is recorded, so its creation record follows. The audit function (which checks
   * an expected revision) runs before the check for packages, so that a stale revision is a
   * revision conflict whether or not the group is empty, as in every store.
   */
  public void delete(Function<GroupRecord, AuditRecord> audit, Runnable unregister) {
    lock.lock();
    try {
      requireLive();
      AuditRecord deletion = audit.apply(record);
      if (liveCount > 0) {
        throw StoreErrors.groupNotEmpty(name());
      }
      deleted = true;
      log.append(deletion);
      unregister.run();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Stores new packages as consecutive versions, or finds the earlier packages of their client
   * tokens; all or nothing: every factory runs and every token is checked before anything
   * changes.
   *
   * @param conflictsThrow whether a token seen with another fingerprint throws (a batch) or is
   *     returned for the caller to judge (a single registration)
   */
  public List<PackageInsertion> insert(List<NewPackage> packages, boolean conflictsThrow) {
    lock.lock();
    try {
      requireLive();
      if (conflictsThrow) {
        // every token first, before any factory runs (clock, approval policy): a reused token
        // refuses the batch the same way whatever else it holds
        for (NewPackage candidate : packages) {
          ClientTokenClaim token = candidate.token();
          Integer earlier = token == null ? null : versionByToken.get(token.token());
          if (earlier != null) {
            token.requireSameRequest(byVersion.get(earlier),
                tokenByVersion.get(earlier).fingerprint());
          }
        }
      }
      List<PackageInsertion> insertions = new ArrayList<>(packages.size());
      List<PackageWrite> writes = new ArrayList<>(packages.size());
      int version = lastVersion;
      for (NewPackage candidate : packages) {
        ClientTokenClaim token = candidate.token();
        Integer earlier = token == null ? null : versionByToken.get(token.token());
        if (earlier != null) {
          insertions.add(PackageInsertion.existing(byVersion.get(earlier),
              tokenByVersion.get(earlier).fingerprint()));
          writes.add(null);
        } else {
          PackageWrite write = candidate.factory().create(name(), ++version);
          insertions.add(PackageInsertion.created(write.modelPackage()));
          writes.add(write);
        }
      }
      for (int i = 0; i < packages.size(); i++) {
        PackageWrite write = writes.get(i);
        if (write != null) {
          ModelPackage modelPackage = write.modelPackage();
          store(modelPackage, null);
          history.put(modelPackage.modelPackageVersion(), new ArrayList<>(write.history()));
          ClientTokenClaim token = packages.get(i).token();
          if (token != null) {
            versionByToken.put(token.token(), modelPackage.modelPackageVersion());
            tokenByVersion.put(modelPackage.modelPackageVersion(),
                new TokenUse(token.token(), token.requestFingerprint()));
          }
        }
      }
      lastVersion = version;
      for (PackageWrite write : writes) {
        if (write != null && write.audit() != null) {
          log.append(write.audit());
        }
      }
      return insertions;
    } finally {
      lock.unlock();
    }
  }

  public Optional<ModelPackage> find(int version) {
    return Optional.ofNullable(byVersion.get(version));
  }

  /** Returns the package of that version, or null: the lock-free read behind a describe. */
  public @Nullable ModelPackage get(int version) {
    return byVersion.get(version);
  }

  public ModelPackage update(
      String groupName, int version, Function<ModelPackage, PackageWrite> change) {
    lock.lock();
    try {
      ModelPackage current = requirePackage(groupName, version);
      PackageWrite write = change.apply(current);
      AuditRecord audit = write.audit();
      if (audit == null) {
        return current;
      }
      store(write.modelPackage(), current);
      history.get(version).addAll(write.history());
      log.append(audit);
      return write.modelPackage();
    } finally {
      lock.unlock();
    }
  }

  public void delete(String groupName, int version, Function<ModelPackage, AuditRecord> audit) {
    lock.lock();
    try {
      ModelPackage current = requirePackage(groupName, version);
      AuditRecord deletion = audit.apply(current);
      byVersion.set(version, null);
      liveCount--;
      if (version == highestLive) {
        int next = version - 1;
        while (next > 0 && byVersion.get(next) == null) {
          next--;
        }
        highestLive = next;
      }
      versionsByStatus.get(current.modelApprovalStatus()).clear(version);
      groupIndex.remove(current);
      registryIndex.remove(current);
      history.remove(version);
      TokenUse token = tokenByVersion.remove(version);
      if (token != null) {
        versionByToken.remove(token.token());
      }
      log.append(deletion);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Answered under the group's lock. The status index and the package table are two structures,
   * and writers update them one after the other: a lock-free read between the two steps could
   * return a Rejected package as the latest approved one (which would deploy a rejected model), or
   * an older version while the newest is approved throughout. An uncontended lock costs little
   * next to such an answer.
   */
  public Optional<ModelPackage> latest(@Nullable ModelApprovalStatus status) {
    lock.lock();
    try {
      if (status == null) {
        return Optional.ofNullable(highestLive == 0 ? null : byVersion.get(highestLive));
      }
      int version = versionsByStatus.get(status).length() - 1;
      return version < 0 ? Optional.empty() : Optional.ofNullable(byVersion.get(version));
    } finally {
      lock.unlock();
    }
  }

  public List<ModelPackageHistoryEntry> history(String groupName, int version) {
    lock.lock();
    try {
      requirePackage(groupName, version);
      return List.copyOf(history.get(version));
    } finally {
      lock.unlock();
    }
  }

  /** Returns a page of the group's packages: name order is version order within a group. */
  public List<ModelPackage> page(PackageQuery query) {
    if (query.sortBy() != SortBy.NAME) {
      return groupIndex.page(query);
    }
    List<ModelPackage> page = new ArrayList<>(Math.min(query.limit(), 128));
    appendByName(query, PackageIndex.filter(query), page);
    return page;
  }

  /**
   * Appends the group's packages that follow the query's cursor in name order (group name, then
   * version) and pass {@code filter}, until {@code page} holds the query's limit: a step of a
   * name-ordered page, of this group or across groups.
   */
  public void appendByName(PackageQuery query, Predicate<ModelPackage> filter,
      List<ModelPackage> page) {
    boolean descending = query.sortOrder() == SortOrder.DESCENDING;
    int after = descending ? Integer.MAX_VALUE : 0;
    PackageQuery.PackageCursor cursor = query.after();
    if (cursor != null) {
      int byGroup = name().compareTo(cursor.groupName());
      if (byGroup == 0) {
        after = cursor.version();
      } else if (byGroup < 0 != descending) {
        return; // the whole group lies before the cursor in this order
      }
    }
    if (page.size() >= query.limit()) {
      return;
    }
    byVersion.walk(after, descending, candidate -> {
      if (filter.test(candidate)) {
        page.add(candidate);
      }
      return page.size() < query.limit();
    });
  }

  private void store(ModelPackage modelPackage, @Nullable ModelPackage previous) {
    int version = modelPackage.modelPackageVersion();
    if (previous != null) {
      versionsByStatus.get(previous.modelApprovalStatus()).clear(version);
    } else {
      liveCount++;
      if (version > highestLive) {
        highestLive = version;
      }
    }
    byVersion.set(version, modelPackage);
    versionsByStatus.get(modelPackage.modelApprovalStatus()).set(version);
    groupIndex.put(modelPackage);
    registryIndex.put(modelPackage);
  }

  /** @param groupName the group as the caller named it, for an error that echoes the request */
  private ModelPackage requirePackage(String groupName, int version) {
    ModelPackage current = deleted ? null : byVersion.get(version);
    if (current == null) {
      throw StoreErrors.packageNotFound(groupName, version);
    }
    return current;
  }

  private void requireLive() {
    if (deleted) {
      throw StoreErrors.groupNotFound(name());
    }
  }

  private record TokenUse(String token, String fingerprint) {}
}
