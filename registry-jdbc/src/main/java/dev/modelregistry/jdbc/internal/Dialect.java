package dev.modelregistry.jdbc.internal;

import dev.modelregistry.jdbc.JdbcDialect;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;

/** What differs between the databases; everything else is standard SQL in the table classes. */
interface Dialect {

  static Dialect of(JdbcDialect dialect) {
    return switch (dialect) {
      case H2 -> new H2Dialect();
      case POSTGRESQL -> new PostgresDialect();
    };
  }

  JdbcDialect kind();

  /**
   * Returns the statement that adds {@code :count} to a group's version counter, found by
   * {@code :group_name_lower}, and returns {@code group_name} and the new {@code last_version}:
   * one statement, so the row lock is taken and the value read at once.
   */
  String allocateVersionSql();

  /**
   * Returns one statement that inserts a package row (with its {@link ProvenanceIndex} columns),
   * its first history entry ({@code :entry_document}, entry number 1) and its audit record (the
   * audit log insert's parameters), with the package insert's parameters, or null if the
   * database needs several: on a server database two round trips less per registration.
   */
  default @Nullable String insertPackageWithFirstEntrySql() {
    return null;
  }

  /**
   * Returns the statement that saves a feed consumer's position ({@code :consumer_name},
   * {@code :log_position}), inserting or replacing its row.
   */
  String saveFeedPositionSql();

  /**
   * Returns a query with a row if committed audit records wait for positions, or null if
   * records get their positions when inserted: see {@link AuditLog}.
   */
  default @Nullable String unsequencedAuditSql() {
    return null;
  }

  /** Returns the query that locks the audit log's head row and reads the last position. */
  default @Nullable String lockAuditHeadSql() {
    return null;
  }

  /**
   * Returns the statement that gives up to {@code ${batch}} committed records without a position
   * the positions after {@code :head}, in insertion order, and moves the head; it returns one
   * row: the new head and how many records it numbered.
   */
  default @Nullable String assignAuditPositionsSql() {
    return null;
  }

  /** Returns the page's SQL; adds the cursor's parameters to {@code parameters}. */
  String renderPage(PageQuery page, Map<String, Object> parameters);

  /** Returns whether the table exists; {@code table} is unqualified and unquoted. */
  boolean tableExists(Handle handle, SqlNames names, String table);

  /**
   * Serializes schema changes with other processes until the transaction ends, if the database
   * can (PostgreSQL); in one JVM the migrator serializes them anyway.
   */
  void lockSchemaChanges(Handle handle, SqlNames names);

  /** Returns whether DDL is transactional, so that a script applies completely or not at all. */
  boolean transactionalDdl();
}
