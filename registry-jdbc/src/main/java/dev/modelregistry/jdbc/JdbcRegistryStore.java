package dev.modelregistry.jdbc;

import dev.modelregistry.api.StorageException;
import dev.modelregistry.core.spi.ForwardingRegistryStore;
import dev.modelregistry.core.spi.RegistryStore;
import dev.modelregistry.jdbc.internal.H2Urls;
import dev.modelregistry.jdbc.internal.OptionalDependencies;
import dev.modelregistry.jdbc.internal.SqlNames;
import dev.modelregistry.jdbc.internal.StoreOpener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A registry store in a relational database: H2 (embedded, in a file or in memory) or PostgreSQL.
 *
 * <pre>{@code
 * // one process, a registry in a directory: survives restarts and crashes
 * JdbcRegistryStore store = JdbcRegistryStore.embedded(Path.of("/var/lib/models"));
 *
 * // several processes sharing one registry, in an application's own database and pool
 * JdbcRegistryStore store = JdbcRegistryStore.builder(dataSource)
 *     .schema("ml").tablePrefix("mr_").build();
 *
 * ModelRegistry registry = ModelRegistries.builder(store).build();
 * }</pre>
 *
 * <p>Each operation is one READ COMMITTED transaction: a package, its client token and its history
 * commit together or not at all. Versions come from a counter on the group's row, incremented
 * inside the transaction that inserts the package, so concurrent writers in any number of
 * processes get 1, 2, 3, ... with no gap or duplicate; a failed create consumes no version and a
 * deleted package's version is never handed out again. Races that a database reports (deadlocks,
 * serialization failures, lock timeouts, unique-key collisions) are resolved or retried inside the
 * store a bounded number of times; what remains surfaces as a
 * {@link dev.modelregistry.api.StorageException} with the database's exception as its cause.
 *
 * <p>On open, the store creates or upgrades its tables (numbered scripts shipped in the jar, see
 * {@link JdbcDialect#schemaScriptFolder()}) or only validates them ({@link SchemaMode#VALIDATE}),
 * and fails with a {@link SchemaVersionException} if the database is newer than the library.
 *
 * <p>An H2 file in embedded mode belongs to one process: opening it from a second process fails
 * with a {@link RegistryInUseException}. Share a registry between processes through PostgreSQL,
 * or through H2's server mode ({@code AUTO_SERVER=TRUE} in the URL).
 *
 * <p>Transactions expect READ COMMITTED, the default of both databases and of the pools this
 * store opens; under a stricter isolation level the store stays correct (it retries the
 * serialization failures) but writers of one group retry more. A caller's {@link DataSource}
 * should hand out connections in auto-commit mode, as pools do by default.
 *
 * <p>Thread-safe. Close the store to close the pool it opened; a {@link DataSource} passed in
 * belongs to the caller and stays open.
 */
public final class JdbcRegistryStore extends ForwardingRegistryStore implements AutoCloseable {
  /** The table prefix unless one is set: {@code mr_model_package}, ... */
  public static final String DEFAULT_TABLE_PREFIX = "mr_";

  private final RegistryStore delegate;
  private final JdbcDialect dialect;
  private final Runnable closer;
  private final AtomicBoolean closed = new AtomicBoolean();

  private JdbcRegistryStore(RegistryStore delegate, JdbcDialect dialect, Runnable closer) {
    this.delegate = delegate;
    this.dialect = dialect;
    this.closer = closer;
  }

  /**
   * Opens, or creates, the registry in an H2 file {@code registry.mv.db} in {@code directory}
   * (created if missing), with durable commits ({@code WRITE_DELAY=0}, and every commit appended
   * to the file, {@code REUSE_SPACE=FALSE}): a registration that returned survives a crash of
   * the JVM. Space freed while the store is open is reclaimed when it closes. Closing the store
   * closes the database and releases the file; open one store per directory in a JVM and share
   * it between threads.
   *
   * @throws RegistryInUseException if another process has the registry open
   * <p>Needs {@code com.h2database:h2} and {@code com.zaxxer:HikariCP} on the class path (optional
   * dependencies of registry-jdbc).
   *
   * @throws StorageException if the directory or the database cannot be opened, or if H2 or
   *     HikariCP is missing from the class path
   */
  public static JdbcRegistryStore embedded(Path directory) {
    String url = H2Urls.embedded(directory);
    // Without H2 or HikariCP, fail before leaving an empty directory behind.
    OptionalDependencies.requireForUrl(url);
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new StorageException("Could not create the registry directory " + directory, e);
    }
    return builder(url).build();
  }

  /**
   * Opens a new, empty registry in H2's memory; it lives until the store is closed. Needs
   * {@code com.h2database:h2} and {@code com.zaxxer:HikariCP} on the class path.
   *
   * @throws StorageException if H2 or HikariCP is missing from the class path
   */
  public static JdbcRegistryStore inMemory() {
    Builder builder = builder(H2Urls.privateInMemory());
    builder.privateDatabase = true;
    return builder.build();
  }

  /**
   * Returns a builder for a store over the caller's data source, e.g. the application's pool.
   * Needs neither H2 nor HikariCP: only the data source's own driver.
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(Objects.requireNonNull(dataSource, "dataSource"), null);
  }

  /**
   * Returns a builder for a store that opens its own pool to a JDBC URL ({@code jdbc:h2:...} or
   * {@code jdbc:postgresql:...}). The pool is HikariCP: {@code com.zaxxer:HikariCP} and the driver
   * ({@code com.h2database:h2}, {@code org.postgresql:postgresql}) must be on the class path,
   * optional dependencies of registry-jdbc that {@link Builder#build()} checks for. An H2 URL gets
   * {@code WRITE_DELAY=0} and {@code LOCK_TIMEOUT=10000} unless it sets them, and an H2 file
   * {@code REUSE_SPACE=FALSE} (see {@link #embedded}); a file URL that sets {@code WRITE_DELAY}
   * or {@code REUSE_SPACE} otherwise is refused ({@link UnsafeDatabaseSettingException}).
   * Passwords in the URL ({@code password=}, H2's {@code PASSWORD=}) reach the driver as
   * connection properties, and no message or exception of the store repeats them.
   */
  public static Builder builder(String jdbcUrl) {
    return new Builder(null, Objects.requireNonNull(jdbcUrl, "jdbcUrl"));
  }

  /** Returns the dialect the store speaks. */
  public JdbcDialect dialect() {
    return dialect;
  }

  /**
   * Closes the pool the store opened, if it opened one, and nothing else: other stores and other
   * processes on the same database go on working (an H2 file in server mode stays open for
   * them). The database closes by itself when its last connection is gone, which releases an
   * embedded H2 file for the next process at once; the database of {@link #inMemory()} is
   * dropped. Idempotent.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      closer.run();
    }
  }

  @Override
  protected RegistryStore delegate() {
    return delegate;
  }

  @Override
  public String toString() {
    return "JdbcRegistryStore[" + dialect + "]";
  }

  /**
   * Settings of a store. Each may be set once; setting one twice is an error, so that a
   * misconfiguration does not pass silently.
   */
  public static final class Builder {
    private final @Nullable DataSource dataSource;
    private final @Nullable String jdbcUrl;
    private @Nullable String user;
    private @Nullable String password;
    private boolean credentialsSet;
    private @Nullable String schema;
    private @Nullable String tablePrefix;
    private @Nullable SchemaMode schemaMode;
    private @Nullable JdbcDialect dialect;
    private int maxAttempts;
    private int maximumPoolSize;
    private boolean privateDatabase;

    private Builder(@Nullable DataSource dataSource, @Nullable String jdbcUrl) {
      this.dataSource = dataSource;
      this.jdbcUrl = jdbcUrl;
    }

    /**
     * The user and password of a store opened from a JDBC URL.
     *
     * @throws IllegalStateException if set already, or if the store uses the caller's data source
     */
    public Builder credentials(String user, String password) {
      requireUrl("credentials");
      check(!credentialsSet, "credentials were already set");
      this.user = Objects.requireNonNull(user, "user");
      this.password = Objects.requireNonNull(password, "password");
      this.credentialsSet = true;
      return this;
    }

    /**
     * The database schema of the registry's tables (default: the connection's current schema).
     * Created when missing in {@link SchemaMode#CREATE_OR_UPGRADE}.
     *
     * @throws IllegalArgumentException if not a plain identifier (a letter, then letters, digits
     *     and {@code _}, at most 30)
     * @throws IllegalStateException if set already
     */
    public Builder schema(String schema) {
      check(this.schema == null, "schema was already set to " + this.schema);
      new SqlNames(schema, DEFAULT_TABLE_PREFIX);
      this.schema = schema;
      return this;
    }

    /**
     * The prefix of the registry's table, constraint and index names (default
     * {@value #DEFAULT_TABLE_PREFIX}), so that the registry can live in an application's database.
     *
     * @throws IllegalArgumentException if not empty or a plain identifier of at most 20 characters
     * @throws IllegalStateException if set already
     */
    public Builder tablePrefix(String tablePrefix) {
      check(this.tablePrefix == null, "tablePrefix was already set to " + this.tablePrefix);
      new SqlNames(null, tablePrefix);
      this.tablePrefix = tablePrefix;
      return this;
    }

    /**
     * What to do with the schema on open (default {@link SchemaMode#CREATE_OR_UPGRADE}).
     *
     * @throws IllegalStateException if set already
     */
    public Builder schemaMode(SchemaMode schemaMode) {
      check(this.schemaMode == null, "schemaMode was already set to " + this.schemaMode);
      this.schemaMode = Objects.requireNonNull(schemaMode, "schemaMode");
      return this;
    }

    /**
     * The dialect (default: read from the connection's metadata).
     *
     * @throws IllegalStateException if set already
     */
    public Builder dialect(JdbcDialect dialect) {
      check(this.dialect == null, "dialect was already set to " + this.dialect);
      this.dialect = Objects.requireNonNull(dialect, "dialect");
      return this;
    }

    /**
     * How often an operation runs at most when it loses races with other transactions
     * (default 10).
     *
     * @throws IllegalArgumentException if less than 1
     * @throws IllegalStateException if set already
     */
    public Builder maxAttempts(int maxAttempts) {
      check(this.maxAttempts == 0, "maxAttempts was already set to " + this.maxAttempts);
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * The most connections the pool of a store opened from a JDBC URL holds (default 10).
     *
     * @throws IllegalArgumentException if less than 1
     * @throws IllegalStateException if set already, or if the store uses the caller's data source
     */
    public Builder maximumPoolSize(int maximumPoolSize) {
      requireUrl("maximumPoolSize");
      check(this.maximumPoolSize == 0, "maximumPoolSize was already set");
      if (maximumPoolSize < 1) {
        throw new IllegalArgumentException("maximumPoolSize must be at least 1: " + maximumPoolSize);
      }
      this.maximumPoolSize = maximumPoolSize;
      return this;
    }

    /**
     * Opens the store: connects, and creates, upgrades or validates the schema.
     *
     * @throws RegistryInUseException if an H2 file is open in another process
     * @throws SchemaVersionException if the database's schema does not fit this library
     * @throws UnsafeDatabaseSettingException if the URL asks for a setting under which an
     *     acknowledged registration could be lost
     * @throws StorageException if the database cannot be reached, or if a store opened from a
     *     JDBC URL misses HikariCP or the URL's driver (H2, PostgreSQL) on the class path
     */
    public JdbcRegistryStore build() {
      SqlNames names = new SqlNames(schema,
          tablePrefix == null ? DEFAULT_TABLE_PREFIX : tablePrefix);
      SchemaMode mode = schemaMode == null ? SchemaMode.CREATE_OR_UPGRADE : schemaMode;
      int attempts = maxAttempts == 0 ? 10 : maxAttempts;
      StoreOpener.Opened opened = dataSource != null
          ? StoreOpener.open(dataSource, dialect, names, mode, attempts)
          : StoreOpener.open(Objects.requireNonNull(jdbcUrl), user, password,
              maximumPoolSize == 0 ? 10 : maximumPoolSize, privateDatabase, dialect, names, mode,
              attempts);
      return new JdbcRegistryStore(opened.store(), opened.dialect(), opened.closer());
    }

    private void requireUrl(String setting) {
      check(jdbcUrl != null, setting + " applies to a store opened from a JDBC URL; "
          + "configure the DataSource itself instead");
    }

    private static void check(boolean condition, String message) {
      if (!condition) {
        throw new IllegalStateException(message);
      }
    }
  }
}
