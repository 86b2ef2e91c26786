package dev.modelregistry.jdbc.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.modelregistry.jdbc.JdbcRegistryStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The PostgreSQL server of a test JVM, started once and shared by every PostgreSQL test; each
 * store gets a fresh schema. Which server:
 * <ul>
 *   <li>{@code MODEL_REGISTRY_TEST_POSTGRES_URL} (with {@code ..._USER} and {@code ..._PASSWORD})
 *       set: that server;
 *   <li>the JVM runs as root: {@link RootPostgres} (PostgreSQL refuses to run as root);
 *   <li>otherwise zonky's {@link EmbeddedPostgres}.
 * </ul>
 * Either embedded server is PostgreSQL 17 from Maven Central; nothing else needs installing.
 */
public final class PostgresTestServer {
  private static final String ENV = "MODEL_REGISTRY_TEST_POSTGRES_URL";
  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static PostgresTestServer instance;

  private final String jdbcUrl;
  private final String user;
  private final String password;
  private final HikariDataSource dataSource;
  private final Map<Object, String> schemas = new ConcurrentHashMap<>();
  private final Queue<String> emptied = new ConcurrentLinkedQueue<>();

  private PostgresTestServer(String jdbcUrl, String user, String password) {
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password;
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(12);
    config.setPoolName("model-registry-tests");
    this.dataSource = new HikariDataSource(config);
  }

  /** Returns the JVM's server, starting it on first use. */
  public static synchronized PostgresTestServer get() {
    if (instance == null) {
      instance = start();
    }
    return instance;
  }

  private static PostgresTestServer start() {
    String external = System.getenv(ENV);
    if (external != null && !external.isBlank()) {
      return new PostgresTestServer(external, envOr(ENV + "_USER", "postgres"),
          envOr(ENV + "_PASSWORD", ""));
    }
    try {
      if (RootPostgres.runningAsRoot()) {
        RootPostgres server = RootPostgres.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-test-postgres"));
        return new PostgresTestServer(server.jdbcUrl(), "postgres", "");
      }
      EmbeddedPostgres server = EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.close();
        } catch (IOException e) {
          System.err.println("Could not stop the test PostgreSQL server: " + e);
        }
      }, "stop-test-postgres"));
      return new PostgresTestServer(server.getJdbcUrl("postgres", "postgres"), "postgres", "");
    } catch (IOException e) {
      throw new IllegalStateException("Could not start the test PostgreSQL server", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while starting PostgreSQL", e);
    }
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }

  public String jdbcUrl() {
    return jdbcUrl;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  /** Returns a pool to the server, shared by the tests; stores built over it do not close it. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** Returns the name of a new, empty schema. */
  public String newSchema() {
    String schema = "t" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
    execute("CREATE SCHEMA " + schema);
    return schema;
  }

  /** Drops a schema with everything in it. */
  public void dropSchema(String schema) {
    execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }

  /**
   * Opens a store over the shared pool in a schema of its own: a schema that an earlier store
   * left empty, or a new one. Reusing emptied schemas saves creating the tables for each of the
   * contract kit's hundreds of tests; the store still checks the schema version on open.
   */
  public JdbcRegistryStore newStore() {
    String schema = emptied.poll();
    if (schema == null) {
      schema = newSchema();
    }
    JdbcRegistryStore store = JdbcRegistryStore.builder(dataSource).schema(schema).build();
    schemas.put(store, schema);
    return store;
  }

  /** Closes a store made by {@link #newStore()}, empties its tables and keeps its schema. */
  public void closeStore(Object store) {
    ((JdbcRegistryStore) store).close();
    String schema = schemas.remove(store);
    if (schema != null) {
      execute("DELETE FROM " + schema + ".mr_model_package_history; "
          + "DELETE FROM " + schema + ".mr_model_package; "
          + "DELETE FROM " + schema + ".mr_model_package_group; "
          + "DELETE FROM " + schema + ".mr_audit_log; "
          + "UPDATE " + schema + ".mr_audit_head SET last_position = 0; "
          + "DELETE FROM " + schema + ".mr_feed_consumer");
      emptied.add(schema);
    }
  }

  public void execute(String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
