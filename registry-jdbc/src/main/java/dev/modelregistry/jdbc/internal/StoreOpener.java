package dev.modelregistry.jdbc.internal;

import dev.modelregistry.api.ModelRegistryException;
import dev.modelregistry.api.StorageException;
import dev.modelregistry.core.spi.RegistryStore;
import dev.modelregistry.jdbc.JdbcDialect;
import dev.modelregistry.jdbc.SchemaMode;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.TemplateEngine;
import org.jspecify.annotations.Nullable;

/**
 * Opens a store over a data source, or over a pool it opens for a JDBC URL: finds the dialect,
 * brings the schema up to date.
 */
public final class StoreOpener {
  private StoreOpener() {}

  /**
   * A store ready to use, the dialect it speaks, and what closes it: the store refuses every later
   * operation, and the pool opened for it, if any, closes.
   */
  public record Opened(RegistryStore store, JdbcDialect dialect, Runnable closer) {}

  /**
   * Opens a pool of at most {@code maximumPoolSize} connections to {@code url}, then a store over
   * it; the pool is closed again if the store cannot be opened.
   *
   * @param privateDatabase whether the URL names an in-memory H2 database only this store knows
   * @throws dev.modelregistry.jdbc.RegistryInUseException if an H2 file is open in another process
   * @throws dev.modelregistry.jdbc.SchemaVersionException if the schema does not fit
   * @throws StorageException if the database cannot be reached, or if HikariCP or the URL's
   *     driver is missing from the class path
   */
  public static Opened open(String url, @Nullable String user, @Nullable String password,
      int maximumPoolSize, boolean privateDatabase, @Nullable JdbcDialect dialect, SqlNames names,
      SchemaMode mode, int maxAttempts) {
    // Before ConnectionPools, the first class that needs HikariCP, is loaded.
    OptionalDependencies.requireForUrl(url);
    ConnectionPools.Pool pool;
    try {
      pool = ConnectionPools.open(url, user, password, maximumPoolSize, privateDatabase);
    } catch (ModelRegistryException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new StorageException(Secrets.redact("Could not open a connection pool to " + url
          + ": " + rootMessage(e)), Secrets.redact(e));
    }
    try {
      Opened opened = open(pool.dataSource(), dialect, names, mode, maxAttempts);
      return new Opened(opened.store(), opened.dialect(), () -> {
        opened.closer().run();
        pool.closer().run();
      });
    } catch (RuntimeException e) {
      pool.closer().run();
      throw e;
    }
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 20;
        depth++) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }

  /**
   * Opens a store over a data source the caller owns.
   *
   * @param dialect the dialect, or null to read it from the connection's metadata
   * @throws dev.modelregistry.jdbc.RegistryInUseException if an H2 file is open in another process
   * @throws dev.modelregistry.jdbc.SchemaVersionException if the schema does not fit
   * @throws StorageException if the database cannot be reached
   */
  public static Opened open(DataSource dataSource, @Nullable JdbcDialect dialect, SqlNames names,
      SchemaMode mode, int maxAttempts) {
    Jdbi jdbi = jdbi(dataSource);
    try {
      DatabaseIdentity identity = identity(jdbi);
      JdbcDialect kind = dialect != null ? dialect : JdbcDialect.fromProductName(identity.product());
      new SchemaMigrator(jdbi, Dialect.of(kind), names)
          .migrate(mode, SchemaScripts.currentVersion());
      SqlRegistryStore store =
          new SqlRegistryStore(dataSource, kind, names, maxAttempts, identity.url());
      // Data, not schema: done in VALIDATE mode too, or packages stored before V3 (whose script
      // a migration tool may have run) would not be found by provenance queries.
      store.backfillProvenance();
      return new Opened(store, kind, store::close);
    } catch (JdbiException e) {
      SqlFailure failure = SqlFailure.of(e);
      if (failure == SqlFailure.IN_USE) {
        throw Transactions.inUse(e);
      }
      throw new StorageException(Secrets.redact("The registry could not open its database ("
          + names + "): " + e.getMessage()), Secrets.redact(e));
    }
  }

  private record DatabaseIdentity(String product, String url) {}

  private static DatabaseIdentity identity(Jdbi jdbi) {
    try {
      return jdbi.withHandle(handle -> {
        DatabaseMetaData metadata = handle.getConnection().getMetaData();
        return new DatabaseIdentity(metadata.getDatabaseProductName(),
            String.valueOf(metadata.getURL()));
      });
    } catch (SQLException e) {
      throw new StorageException("Could not read the database's metadata", Secrets.redact(e));
    }
  }

  /** Returns Jdbi over a data source, with SQL taken as written (no template engine). */
  public static Jdbi jdbi(DataSource dataSource) {
    Jdbi jdbi = Jdbi.create(dataSource);
    jdbi.getConfig(SqlStatements.class).setTemplateEngine(TemplateEngine.NOP);
    return jdbi;
  }
}
