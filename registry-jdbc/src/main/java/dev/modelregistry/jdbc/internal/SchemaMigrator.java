package dev.modelregistry.jdbc.internal;

import dev.modelregistry.jdbc.SchemaMode;
import dev.modelregistry.jdbc.SchemaVersionException;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Brings the database's registry schema to the version this library needs when a store opens, or
 * checks that it is there. Each script records its own version in the {@code schema_version}
 * table, so a database whose scripts a migration tool applied looks the same as one this class
 * migrated. On PostgreSQL a script applies in one transaction under an advisory lock; H2 commits
 * DDL statement by statement, so its scripts are written to be re-run.
 */
final class SchemaMigrator {
  /** Serializes the schema changes of stores opening at once in this JVM. */
  private static final ReentrantLock JVM_LOCK = new ReentrantLock();

  private final Jdbi jdbi;
  private final Dialect dialect;
  private final SqlNames names;

  SchemaMigrator(Jdbi jdbi, Dialect dialect, SqlNames names) {
    this.jdbi = jdbi;
    this.dialect = dialect;
    this.names = names;
  }

  /**
   * Applies the scripts up to {@code targetVersion} that the database has not seen, or, in
   * {@link SchemaMode#VALIDATE}, checks that it is at {@code targetVersion}.
   *
   * @return the database's schema version afterwards
   * @throws SchemaVersionException if the database is newer than {@code targetVersion}, or when
   *     validating, older
   */
  int migrate(SchemaMode mode, int targetVersion) {
    if (mode == SchemaMode.VALIDATE) {
      int version = jdbi.withHandle(this::version);
      if (version != targetVersion) {
        throw mismatch(version, targetVersion, true);
      }
      return version;
    }
    JVM_LOCK.lock();
    try {
      return dialect.transactionalDdl()
          ? jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED,
              handle -> upgrade(handle, targetVersion))
          : jdbi.withHandle(handle -> upgrade(handle, targetVersion));
    } finally {
      JVM_LOCK.unlock();
    }
  }

  private int upgrade(Handle handle, int targetVersion) {
    dialect.lockSchemaChanges(handle, names);
    int version = version(handle);
    if (version > targetVersion) {
      throw mismatch(version, targetVersion, false);
    }
    if (version < targetVersion && names.schema() != null) {
      handle.execute("CREATE SCHEMA IF NOT EXISTS " + names.schema());
    }
    for (SchemaScripts.Script script : SchemaScripts.ALL) {
      if (script.version() > version && script.version() <= targetVersion) {
        handle.createScript(names.render(script.text(dialect.kind()))).execute();
      }
    }
    return Math.max(version, targetVersion);
  }

  /** Returns the highest script version recorded, 0 if the database has no registry schema. */
  int version(Handle handle) {
    if (!dialect.tableExists(handle, names, names.prefix() + "schema_version")) {
      return 0;
    }
    return handle.createQuery(names.render(
            "SELECT COALESCE(MAX(script_version), 0) FROM ${schema}${prefix}schema_version"))
        .mapTo(Integer.class).one();
  }

  private SchemaVersionException mismatch(int database, int library, boolean validating) {
    if (database > library) {
      return new SchemaVersionException("The registry schema in the database (" + names
          + ") is at version " + database + ", newer than this library, which knows versions up to "
          + library + ". Upgrade the model registry library; it never downgrades a schema.",
          database, library);
    }
    List<String> missing = SchemaScripts.ALL.stream()
        .filter(s -> s.version() > database && s.version() <= library)
        .map(s -> s.resource(dialect.kind()))
        .collect(Collectors.toList());
    return new SchemaVersionException("The registry schema in the database (" + names + ") is at "
        + "version " + database + (database == 0 ? " (no registry tables)" : "") + " but this "
        + "library needs version " + library + (validating ? " and the store only validates"
        + " (SchemaMode.VALIDATE). Apply these scripts from the library's jar, replacing "
        + "${schema} and ${prefix}: " + missing + ", or open with SchemaMode.CREATE_OR_UPGRADE." : "."),
        database, library);
  }
}
