package dev.modelregistry.benchmarks;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.core.ModelRegistries;
import dev.modelregistry.jdbc.JdbcRegistryStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One database of a benchmark, shared by the library and its raw-JDBC baseline: the library's
 * store (which creates the shipped schema) and plain connections to the same database, with the
 * same URL settings ({@code WRITE_DELAY=0} and {@code LOCK_TIMEOUT=10000} on H2).
 */
final class BenchDatabase implements AutoCloseable {
  private static final AtomicInteger SCHEMAS = new AtomicInteger();

  /** The databases of issue #5; the JMH parameter value is {@link #label}. */
  enum Kind {
    H2_MEMORY("h2-memory"), H2_FILE("h2-file"), POSTGRESQL("postgresql");

    final String label;

    Kind(String label) {
      this.label = label;
    }

    static Kind of(String label) {
      for (Kind kind : values()) {
        if (kind.label.equals(label)) {
          return kind;
        }
      }
      throw new IllegalArgumentException("unknown backend " + label);
    }
  }

  final Kind kind;
  private final String url;
  private final String user;
  private final String password;
  private final String schema;
  private final JdbcRegistryStore store;
  private final Runnable cleanup;

  private BenchDatabase(Kind kind, String url, String user, String password, String schema,
      JdbcRegistryStore store, Runnable cleanup) {
    this.kind = kind;
    this.url = url;
    this.user = user;
    this.password = password;
    this.schema = schema;
    this.store = store;
    this.cleanup = cleanup;
  }

  /** Opens a new, empty database of that kind, removed again by {@link #close()}. */
  static BenchDatabase fresh(String backend) {
    Kind kind = Kind.of(backend);
    return switch (kind) {
      case H2_MEMORY -> {
        String url = "jdbc:h2:mem:bench-" + UUID.randomUUID()
            + ";DB_CLOSE_DELAY=-1;WRITE_DELAY=0;LOCK_TIMEOUT=10000";
        yield new BenchDatabase(kind, url, "", "", null,
            JdbcRegistryStore.builder(url).build(), () -> {});
      }
      case H2_FILE -> {
        Path directory = BenchmarkData.newTrialDirectory("h2-");
        yield h2File(directory, () -> BenchmarkData.deleteTree(directory));
      }
      case POSTGRESQL -> {
        String schema = "bench_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
        yield postgres(schema, true);
      }
    };
  }

  /**
   * Opens a database that outlives the run, for data that takes minutes to build: an H2 file in
   * {@code <data>/<name>} or a PostgreSQL schema {@code name} in the run's cluster.
   */
  static BenchDatabase persistent(String backend, String name) {
    Kind kind = Kind.of(backend);
    return switch (kind) {
      case H2_MEMORY -> throw new IllegalArgumentException("an in-memory database cannot persist");
      case H2_FILE -> h2File(BenchmarkData.directory().resolve(name), () -> {});
      case POSTGRESQL -> postgres(name, false);
    };
  }

  private static BenchDatabase h2File(Path directory, Runnable afterClose) {
    JdbcRegistryStore store = JdbcRegistryStore.embedded(directory);
    String url = "jdbc:h2:file:" + directory.toAbsolutePath().normalize().resolve("registry")
        + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000";
    return new BenchDatabase(Kind.H2_FILE, url, "", "", null, store, afterClose);
  }

  private static BenchDatabase postgres(String schema, boolean dropOnClose) {
    String url = BenchmarkPostgres.url();
    String user = BenchmarkPostgres.user();
    String password = BenchmarkPostgres.password();
    JdbcRegistryStore store = JdbcRegistryStore.builder(url).credentials(user, password)
        .schema(schema).build();
    Runnable drop = () -> execute(url, user, password, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    return new BenchDatabase(Kind.POSTGRESQL, url, user, password, schema, store,
        dropOnClose ? drop : () -> {});
  }

  /** Returns the library's store on this database. */
  JdbcRegistryStore store() {
    return store;
  }

  /** Returns a registry over the store, stamping {@link TypicalPackages#TRAINER}. */
  ModelRegistry registry() {
    return ModelRegistries.builder(store)
        .clock(Clock.systemUTC())
        .callerIdentity(() -> TypicalPackages.TRAINER)
        .build();
  }

  /** Opens a plain JDBC connection (auto-commit) to the same database. */
  Connection connect() {
    try {
      return DriverManager.getConnection(url, user, password);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not connect to " + url, e);
    }
  }

  /** Returns a registry table's name as SQL, qualified with the schema if there is one. */
  String table(String baseName) {
    return (schema == null ? "" : schema + ".") + "mr_" + baseName;
  }

  boolean isPostgres() {
    return kind == Kind.POSTGRESQL;
  }

  /**
   * Gives PostgreSQL's planner statistics on the freshly loaded package tables, as a registry in
   * use has them. Otherwise autovacuum analyzes them at some moment of the trial, and plans made
   * before and after differ: list-page ran at about 240 or about 1,230 ops/s depending on the run,
   * for the library and the raw query alike. H2 analyzes as it goes (every 2,000 changed rows).
   */
  void analyze() {
    if (isPostgres()) {
      execute(url, user, password, "ANALYZE " + table("model_package") + ", "
          + table("model_package_history") + ", " + table("model_package_group"));
    }
  }

  @Override
  public void close() {
    store.close();
    cleanup.run();
  }

  private static void execute(String url, String user, String password, String sql) {
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
