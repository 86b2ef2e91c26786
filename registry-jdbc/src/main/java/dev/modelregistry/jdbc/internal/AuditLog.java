package dev.modelregistry.jdbc.internal;

import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.core.spi.AuditQuery;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The audit log, which is also the change feed: one row per record, appended in the transaction
 * of the write it records, and the feed consumers' saved positions.
 *
 * <p>Positions rise in commit order. On H2 the store runs one write transaction at a time per
 * database ({@link H2WriteLocks}), so the identity value a record takes inside its transaction
 * is its position: a transaction that takes a higher one starts after the lower one committed.
 *
 * <p>On PostgreSQL writers do not queue on anything global: a record is inserted without a
 * position ({@code entry_id}, a sequence, only orders inserts; it is not commit order, since a
 * transaction may take an id and commit after one that took a later id). Readers of the trail
 * and the feed first <em>sequence</em> the log ({@link #sequence}): in a transaction of their
 * own they lock the single {@code audit_head} row, then, in a later statement (under READ
 * COMMITTED a statement sees every transaction committed before it started, including the
 * previous sequencer's), give every committed record without a position the next positions after
 * the head, in {@code entry_id} order, and move the head, and commit. Why no reader can skip a
 * record:
 * <ul>
 *   <li>Positions are only handed out by sequencers, one at a time (the row lock), each above
 *       every position handed out before (the head it read after the previous one committed).
 *   <li>A sequencer's positions and its head commit at once, so a reader's statement sees all of
 *       a sequencer's positions or none; and it cannot see a later sequencer's without the
 *       earlier one's (the later took the lock only after the earlier had committed, and a
 *       commit is visible before its locks are released). So the positions a reader can see are
 *       every position up to some value, less pruned records: a consumer that read up to p and
 *       reads after p later misses nothing.
 *   <li>A record of a transaction that has not committed is invisible to the sequencer, so it
 *       gets no position; when it commits, a later sequencer gives it one above everything a
 *       reader may already have read. A rolled-back record never appears.
 *   <li>Two writes of one row (the same package twice) commit in lock order and the second
 *       inserts its record after the first committed: a sequencer that sees the second sees the
 *       first, and orders them by entry_id, or gave the first a position earlier.
 * </ul>
 * Sequencing costs one small transaction per read that finds unsequenced records (an indexed
 * check first, so an idle feed reads without writing), and nothing on the write path.
 */
final class AuditLog {
  /** Records given positions per sequencer transaction, to bound its length. */
  private static final int SEQUENCE_BATCH = 10_000;

  private final Documents documents;
  private final String insert;
  private final String positionOfEntry;
  private final String groupTrail;
  private final String packageTrail;
  private final String groupTrailUntil;
  private final String packageTrailUntil;
  private final String feed;
  private final String prune;
  private final String findConsumer;
  private final String saveConsumer;
  private final @Nullable String anyUnsequenced;
  private final @Nullable String lockHead;
  private final @Nullable String assignPositions;

  AuditLog(SqlNames names, Dialect dialect, Documents documents) {
    this.documents = documents;
    this.insert = names.render("""
        INSERT INTO ${schema}${prefix}audit_log
            (record_time, group_name, group_name_lower, package_version, outcome, record_document)
        VALUES (:record_time, :group_name, :group_name_lower, :package_version, :outcome,
            :record_document)""");
    this.positionOfEntry = names.render("""
        SELECT log_position FROM ${schema}${prefix}audit_log WHERE entry_id = :entry_id""");
    String group = """
        SELECT log_position, record_document FROM ${schema}${prefix}audit_log
         WHERE group_name_lower = :group_name_lower AND log_position > :after%s
         ORDER BY group_name_lower, log_position FETCH FIRST %d ROWS ONLY""";
    String oneVersion = """
        SELECT log_position, record_document FROM ${schema}${prefix}audit_log
         WHERE group_name_lower = :group_name_lower AND package_version = :package_version
           AND log_position > :after%s
         ORDER BY group_name_lower, package_version, log_position FETCH FIRST %d ROWS ONLY""";
    // The limit stays a %d placeholder (as in PageQuery, the limit is part of the SQL text).
    String until = " AND record_time <= :not_after";
    this.groupTrail = names.render(group.formatted("", 0).replace("FIRST 0", "FIRST %d"));
    this.packageTrail = names.render(oneVersion.formatted("", 0).replace("FIRST 0", "FIRST %d"));
    this.groupTrailUntil = names.render(group.formatted(until, 0).replace("FIRST 0", "FIRST %d"));
    this.packageTrailUntil =
        names.render(oneVersion.formatted(until, 0).replace("FIRST 0", "FIRST %d"));
    this.feed = names.render("""
        SELECT log_position, record_document FROM ${schema}${prefix}audit_log
         WHERE log_position > :after AND outcome = 'APPLIED'
         ORDER BY log_position FETCH FIRST %d ROWS ONLY""");
    this.prune = names.render("""
        DELETE FROM ${schema}${prefix}audit_log WHERE record_time < :older_than""");
    this.findConsumer = names.render("""
        SELECT log_position FROM ${schema}${prefix}feed_consumer
         WHERE consumer_name = :consumer_name""");
    this.saveConsumer = names.render(dialect.saveFeedPositionSql());
    String unsequenced = dialect.unsequencedAuditSql();
    this.anyUnsequenced = unsequenced == null ? null : names.render(unsequenced);
    String head = dialect.lockAuditHeadSql();
    this.lockHead = head == null ? null : names.render(head);
    String assign = dialect.assignAuditPositionsSql();
    this.assignPositions = assign == null ? null
        : names.render(assign.replace("${batch}", Integer.toString(SEQUENCE_BATCH)));
  }

  /** Appends a record to the log in the caller's transaction. */
  void append(Connection connection, AuditRecord record) {
    bind(SqlStatement.of(connection, insert), record).execute();
  }

  /** Appends records to the log in the caller's transaction, with one JDBC batch. */
  void appendAll(Connection connection, List<AuditRecord> records) {
    if (records.size() == 1) {
      append(connection, records.get(0));
      return;
    }
    SqlStatement batch = SqlStatement.of(connection, insert);
    for (AuditRecord record : records) {
      bind(batch, record).add();
    }
    batch.executeBatch();
  }

  /**
   * Appends a record and returns the key the database generated for its row: its position on
   * H2, its entry id where the log is sequenced.
   */
  long appendReturningKey(Connection connection, AuditRecord record) {
    return bind(SqlStatement.of(connection, insert), record)
        .executeReturningKey(sequenced() ? "entry_id" : "log_position");
  }

  /** Returns the position of a sequenced entry, if it has one (and was not pruned). */
  OptionalLong positionOfEntry(Connection connection, long entryId) {
    return SqlStatement.of(connection, positionOfEntry).bind("entry_id", entryId)
        .findFirst(rs -> {
          long position = rs.getLong(1);
          return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(position);
        })
        .orElse(OptionalLong.empty());
  }

  private SqlStatement bind(SqlStatement statement, AuditRecord record) {
    String groupName = record.modelPackageGroupName();
    return statement
        .bind("record_time", record.time())
        .bind("group_name", groupName)
        .bind("group_name_lower", GroupTable.lower(groupName))
        .bind("package_version", record.modelPackageVersion().isPresent()
            ? record.modelPackageVersion().get() : SqlStatement.NULL_INTEGER)
        .bind("outcome", record.outcome().name())
        .bind("record_document", documents.write(record));
  }

  /** Returns whether records get their positions from a sequencer (PostgreSQL). */
  boolean sequenced() {
    return assignPositions != null;
  }

  /** Returns whether committed records are waiting for positions (an indexed probe). */
  boolean anyUnsequenced(Connection connection) {
    return anyUnsequenced != null
        && SqlStatement.of(connection, anyUnsequenced).findFirst(rs -> rs.getLong(1)).isPresent();
  }

  /**
   * Gives the committed records without a position the next positions, in the caller's
   * transaction, which must commit right after; see the class comment.
   *
   * @return whether a full batch was sequenced (more may be waiting)
   */
  boolean sequenceBatch(Connection connection) {
    if (lockHead == null || assignPositions == null) {
      return false;
    }
    long head = SqlStatement.of(connection, lockHead).findFirst(rs -> rs.getLong(1))
        .orElseThrow(() -> new IllegalStateException("the audit_head row is missing"));
    long assigned = SqlStatement.of(connection, assignPositions).bind("head", head)
        .findFirst(rs -> rs.getLong(2)).orElse(0L);
    return assigned >= SEQUENCE_BATCH;
  }

  /** Returns a page of a group's or package's trail, denied records included. */
  List<AuditRecord> trail(Connection connection, AuditQuery query) {
    boolean oneVersion = query.version() != null;
    boolean until = query.notAfter() != null;
    String sql = oneVersion
        ? (until ? packageTrailUntil : packageTrail)
        : (until ? groupTrailUntil : groupTrail);
    SqlStatement statement = SqlStatement.of(connection, sql.formatted(query.limit()))
        .bind("group_name_lower", GroupTable.lower(query.groupName()))
        .bind("after", query.afterPosition());
    if (oneVersion) {
      statement.bind("package_version", query.version());
    }
    if (until) {
      statement.bind("not_after", query.notAfter());
    }
    return statement.list(rs -> documents.readAudit(rs.getString(2), rs.getLong(1)));
  }

  /** Returns applied records after a position, in position order. */
  List<AuditRecord> feed(Connection connection, long afterPosition, int limit) {
    return SqlStatement.of(connection, feed.formatted(limit))
        .bind("after", afterPosition)
        .list(rs -> documents.readAudit(rs.getString(2), rs.getLong(1)));
  }

  /** Deletes the records older than a time; returns how many. */
  long prune(Connection connection, Instant olderThan) {
    return SqlStatement.of(connection, prune).bind("older_than", olderThan).execute();
  }

  OptionalLong findConsumer(Connection connection, String consumerName) {
    return SqlStatement.of(connection, findConsumer)
        .bind("consumer_name", ColumnText.escape(consumerName))
        .findFirst(rs -> OptionalLong.of(rs.getLong(1)))
        .orElse(OptionalLong.empty());
  }

  void saveConsumer(Connection connection, String consumerName, long position) {
    SqlStatement.of(connection, saveConsumer)
        .bind("consumer_name", ColumnText.escape(consumerName))
        .bind("log_position", position)
        .execute();
  }
}
