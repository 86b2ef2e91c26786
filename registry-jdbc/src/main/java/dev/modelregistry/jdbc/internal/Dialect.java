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
   * Returns one statement that inserts a package row and its first history entry
   * ({@code :entry_document}, entry number 1), with the package insert's parameters, or null if
   * the database needs two: on a server database one round trip less per registration.
   */
  default @Nullable String insertPackageWithFirstEntrySql() {
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
