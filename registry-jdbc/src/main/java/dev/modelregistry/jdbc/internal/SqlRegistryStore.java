package dev.modelregistry.jdbc.internal;

import dev.modelregistry.api.StorageException;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.audit.ImmutableAuditRecord;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageGroup;
import dev.modelregistry.api.model.ModelPackageHistoryEntry;
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
import dev.modelregistry.jdbc.JdbcDialect;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The store's operations, each one transaction over the three tables. Versions come from the
 * group's counter, incremented in one statement inside the transaction that inserts the package:
 * a rolled-back insert gives its version back, a deleted package keeps its version taken, and
 * writers of one group queue on the group's row instead of failing. Unique constraints back up
 * what the code ensures (one name ignoring case, one package per version and per client token);
 * when a race trips one, the operation is resolved or run again. Registrations are
 * {@link PackageRegistrations}'.
 */
final class SqlRegistryStore implements RegistryStore {
  private final Transactions transactions;
  private final GroupTable groups;
  private final PackageTable packages;
  private final HistoryTable history;
  private final ProvenanceIndex provenance;
  private final AuditLog auditLog;
  private final ProvenanceBackfill backfill;
  private final PackageRegistrations registrations;

  /**
   * @param dataSource the database, its schema already at the library's version
   * @param jdbcDialect the database's dialect
   * @param names where the tables are
   * @param maxAttempts how often an operation runs at most when it loses races
   * @param databaseUrl the database's JDBC URL, as its metadata reports it
   */
  SqlRegistryStore(DataSource dataSource, JdbcDialect jdbcDialect, SqlNames names, int maxAttempts,
      String databaseUrl) {
    Dialect dialect = Dialect.of(jdbcDialect);
    Documents documents = new Documents();
    this.transactions = new Transactions(dataSource, maxAttempts,
        jdbcDialect == JdbcDialect.H2 ? H2WriteLocks.of(databaseUrl) : null);
    this.groups = new GroupTable(names, dialect, documents);
    this.provenance = ProvenanceIndex.of(jdbcDialect, names);
    this.packages = new PackageTable(names, dialect, documents, provenance);
    this.history = new HistoryTable(names, documents);
    this.auditLog = new AuditLog(names, dialect, documents);
    this.backfill = new ProvenanceBackfill(names, documents, provenance);
    this.registrations = new PackageRegistrations(transactions, groups, packages, history,
        provenance, auditLog);
  }

  @Override
  public void insertGroup(GroupRecord group, AuditRecord audit) {
    String name = group.group().modelPackageGroupName();
    for (int attempt = 1; ; attempt++) {
      try {
        transactions.inTransactionOrDuplicate("create group " + name, connection -> {
          groups.insert(connection, group);
          auditLog.append(connection, audit);
          return null;
        });
        return;
      } catch (DuplicateKeyException e) {
        Optional<GroupRecord> existing = findGroup(name);
        if (existing.isPresent()) {
          throw StoreErrors.groupAlreadyExists(existing.get().group());
        }
        if (attempt >= transactions.maxAttempts()) {
          throw new StorageException("The registry could not create group " + name
              + ": its name stayed taken by groups deleted before they could be read", e);
        }
      }
    }
  }

  @Override
  public Optional<GroupRecord> findGroup(String groupName) {
    return transactions.read("read group " + groupName,
        connection -> groups.find(connection, groupName));
  }

  @Override
  public GroupRecord updateGroup(String groupName, Function<GroupRecord, GroupWrite> change) {
    return transactions.inTransaction("update group " + groupName, connection -> {
      GroupRecord current = groups.findForUpdate(connection, groupName)
          .orElseThrow(() -> StoreErrors.groupNotFound(groupName));
      GroupWrite write = change.apply(current);
      AuditRecord audit = write.audit();
      if (audit == null) {
        return current;
      }
      GroupRecord stored = write.record();
      groups.updateTagsAndPolicy(connection, stored);
      auditLog.append(connection, audit);
      return stored;
    });
  }

  @Override
  public void deleteGroup(String groupName, Function<GroupRecord, AuditRecord> audit) {
    transactions.inTransaction("delete group " + groupName, connection -> {
      GroupRecord current = groups.findForUpdate(connection, groupName)
          .orElseThrow(() -> StoreErrors.groupNotFound(groupName));
      AuditRecord record = audit.apply(current);
      String stored = current.group().modelPackageGroupName();
      if (packages.anyInGroup(connection, stored)) {
        throw StoreErrors.groupNotEmpty(stored);
      }
      groups.delete(connection, groupName);
      auditLog.append(connection, record);
      return null;
    });
  }

  @Override
  public List<ModelPackageGroup> listGroups(GroupQuery query) {
    return transactions.read("list groups", connection -> groups.list(connection, query));
  }

  @Override
  public PackageInsertion insertPackage(
      String groupName, @Nullable ClientTokenClaim token, PackageFactory factory) {
    return registrations.insert(groupName, token, factory);
  }

  @Override
  public List<PackageInsertion> insertPackages(String groupName, List<NewPackage> batch) {
    return registrations.insertAll(groupName, batch);
  }

  @Override
  public Optional<ModelPackage> findPackage(String groupName, int version) {
    return transactions.read("read package " + groupName + "/" + version,
        connection -> packages.find(connection, groupName, version)
            .map(PackageTable.StoredPackage::modelPackage));
  }

  @Override
  public ModelPackage updatePackage(
      String groupName, int version, Function<ModelPackage, PackageWrite> change) {
    return transactions.inTransaction("update package " + groupName + "/" + version, connection -> {
      PackageTable.StoredPackage stored = packages.findForUpdate(connection, groupName, version)
          .orElseThrow(() -> StoreErrors.packageNotFound(groupName, version));
      ModelPackage current = stored.modelPackage();
      PackageWrite write = change.apply(current);
      AuditRecord audit = write.audit();
      if (audit == null) {
        return current;
      }
      String storedGroupName = stored.groupName();
      ModelPackage next = write.modelPackage();
      packages.update(connection, storedGroupName, version, next);
      history.append(connection, storedGroupName, version, write.history());
      provenance.updated(connection, storedGroupName, current, next);
      auditLog.append(connection, audit);
      return next;
    });
  }

  @Override
  public void deletePackage(
      String groupName, int version, Function<ModelPackage, AuditRecord> audit) {
    transactions.inTransaction("delete package " + groupName + "/" + version, connection -> {
      PackageTable.StoredPackage stored = packages.findForUpdate(connection, groupName, version)
          .orElseThrow(() -> StoreErrors.packageNotFound(groupName, version));
      AuditRecord record = audit.apply(stored.modelPackage());
      provenance.deleting(connection, stored.groupName(), stored.modelPackage());
      packages.delete(connection, stored.groupName(), version);
      auditLog.append(connection, record);
      return null;
    });
  }

  @Override
  public List<ModelPackage> listPackages(PackageQuery query) {
    return transactions.read("list packages", connection -> {
      if (query.groupName() == null) {
        return packages.list(connection, query, null);
      }
      return groups.resolveName(connection, query.groupName())
          .map(stored -> packages.list(connection, query, stored))
          .orElse(List.of());
    });
  }

  @Override
  public Optional<ModelPackage> findLatestPackage(
      String groupName, @Nullable ModelApprovalStatus approvalStatus) {
    return transactions.read("find the latest package of group " + groupName, connection -> {
      String stored = groups.resolveName(connection, groupName)
          .orElseThrow(() -> StoreErrors.groupNotFound(groupName));
      return packages.latest(connection, stored, approvalStatus);
    });
  }

  @Override
  public List<ModelPackageHistoryEntry> listHistory(String groupName, int version) {
    return transactions.read("read the history of " + groupName + "/" + version,
        connection -> {
          PackageTable.StoredPackage stored = packages.find(connection, groupName, version)
              .orElseThrow(() -> StoreErrors.packageNotFound(groupName, version));
          return history.list(connection, stored.groupName(), version);
        });
  }

  // ---- the log: audit trail and change feed ----

  @Override
  public AuditRecord appendAudit(AuditRecord record) {
    long key = transactions.inTransaction("append an audit record",
        connection -> auditLog.appendReturningKey(connection, record));
    if (!auditLog.sequenced()) {
      return ImmutableAuditRecord.copyOf(record).withPosition(key);
    }
    sequence();
    long position = transactions.read("read an audit record's position",
        connection -> auditLog.positionOfEntry(connection, key)).orElse(0);
    return ImmutableAuditRecord.copyOf(record).withPosition(position);
  }

  /**
   * Gives committed records their positions, where the log is sequenced (see {@link AuditLog});
   * every record committed before this call has one afterwards.
   */
  private void sequence() {
    if (!auditLog.sequenced()) {
      return;
    }
    boolean more = true;
    while (more && transactions.read("look for unsequenced audit records",
        auditLog::anyUnsequenced)) {
      more = transactions.inTransaction("sequence the audit log", auditLog::sequenceBatch);
    }
  }

  @Override
  public List<AuditRecord> listAudit(AuditQuery query) {
    sequence();
    return transactions.read("read the audit trail of " + query.groupName(),
        connection -> auditLog.trail(connection, query));
  }

  @Override
  public List<AuditRecord> readFeed(long afterPosition, int limit) {
    sequence();
    return transactions.read("read the change feed",
        connection -> auditLog.feed(connection, afterPosition, limit));
  }

  @Override
  public OptionalLong findFeedPosition(String consumerName) {
    return transactions.read("read the feed position of " + consumerName,
        connection -> auditLog.findConsumer(connection, consumerName));
  }

  @Override
  public void saveFeedPosition(String consumerName, long position) {
    transactions.inTransaction("save the feed position of " + consumerName, connection -> {
      auditLog.saveConsumer(connection, consumerName, position);
      return null;
    });
  }

  @Override
  public long pruneAudit(Instant olderThan) {
    return transactions.inTransaction("prune the audit log",
        connection -> auditLog.prune(connection, olderThan));
  }

  /** Refuses every later operation; called when the store is closed. */
  void close() {
    transactions.close();
  }

  /**
   * Indexes the provenance of packages stored before the schema version that introduced their
   * {@link ProvenanceIndex}, if that is still to do ({@link ProvenanceBackfill}).
   */
  void backfillProvenance() {
    if (!transactions.read("check the provenance backfill", backfill::pending)) {
      return;
    }
    ProvenanceBackfill.Key key = ProvenanceBackfill.Key.START;
    while (true) {
      ProvenanceBackfill.Key after = key;
      key = transactions.inTransaction("fill the provenance of stored packages",
          connection -> backfill.fillPage(connection, after));
      if (key.equals(ProvenanceBackfill.Key.END)) {
        break;
      }
    }
    transactions.inTransaction("finish the provenance backfill", connection -> {
      backfill.finish(connection);
      return null;
    });
  }
}
