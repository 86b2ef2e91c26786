package dev.modelregistry.jdbc.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Pools for the stores opened from a JDBC URL: HikariCP for every database. A new PostgreSQL
 * connection costs about 22 ms here, and HikariCP checks connections before handing them out and
 * retires them on schedule, which a server database that restarts or drops idle connections
 * needs. H2 gets HikariCP too, not H2's own {@code JdbcConnectionPool}: that pool hands out a new
 * wrapper per checkout, and H2 then parsed every statement again on every call (16% of a
 * registration on H2 in memory); behind HikariCP a connection keeps its session's statement
 * cache. Users with their own pool pass their DataSource instead.
 */
public final class ConnectionPools {
  private ConnectionPools() {}

  /** A pool and how to close it. */
  public record Pool(DataSource dataSource, Runnable closer) {}

  /**
   * Drops a private in-memory H2 database now: {@code DB_CLOSE_DELAY=-1} keeps it while the pool
   * renews its connections, and nothing else may keep it after the store is closed. Only for a
   * database no one else can reach; any other database closes by itself when its last connection
   * closes, which releases an embedded file for the next process and leaves a database shared
   * with other processes or stores ({@code AUTO_SERVER=TRUE}, a server) running for them.
   */
  private static void dropPrivateDatabase(DataSource h2) {
    try (Connection connection = h2.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    } catch (SQLException e) {
      // Closed already: nothing left to drop.
    }
  }

  /**
   * Opens a pool of at most {@code maximumSize} connections to {@code url}. Its closer closes
   * this pool only, and drops the database as well if it is private to the store.
   *
   * @param privateDatabase whether the URL names an in-memory H2 database that only this store
   *     knows, to be dropped when the store closes
   * @throws dev.modelregistry.jdbc.RegistryInUseException if an H2 file is open in another
   *     process
   */
  public static Pool open(String url, @Nullable String user, @Nullable String password,
      int maximumSize, boolean privateDatabase) {
    boolean h2 = H2Urls.isH2(url);
    // The pool and the driver get the URL without its passwords, which go in as properties: what
    // they never see, they cannot put in an exception or a log line.
    Secrets.SplitUrl split = Secrets.split(url);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(h2 ? H2Urls.withRegistryDefaults(split.url()) : split.url());
    config.setUsername(h2 && user == null ? "" : user);
    // A password in the URL wins over the credentials, as it does in both drivers.
    config.setPassword(split.password().orElse(h2 && password == null ? "" : password));
    split.secrets().forEach((name, value) -> {
      if (!name.equalsIgnoreCase("password")) {
        config.addDataSourceProperty(name, value);
      }
    });
    config.setMaximumPoolSize(maximumSize);
    config.setMinimumIdle(Math.min(2, maximumSize));
    config.setPoolName("model-registry");
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    if (h2) {
      config.setExceptionOverride(new H2BrokenConnections());
    }
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      if (SqlFailure.of(e) == SqlFailure.IN_USE) {
        throw Transactions.inUse(e);
      }
      throw e;
    }
    if (!privateDatabase) {
      return new Pool(pool, pool::close);
    }
    return new Pool(pool, () -> {
      dropPrivateDatabase(pool);
      pool.close();
    });
  }
}
