package dev.modelregistry.jdbc.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
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
   * Closes the H2 database now, releasing its file: without this, a process started right after
   * the store closed could still find the file locked, and an in-memory database kept by
   * {@code DB_CLOSE_DELAY=-1} would outlive the store.
   */
  private static void shutdown(DataSource h2) {
    try (Connection connection = h2.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    } catch (SQLException e) {
      // Closed already: nothing left to shut down.
    }
  }

  /**
   * Opens a pool of at most {@code maximumSize} connections to {@code url}.
   *
   * @throws dev.modelregistry.jdbc.RegistryInUseException if an H2 file is open in another
   *     process
   */
  public static Pool open(String url, @Nullable String user, @Nullable String password,
      int maximumSize) {
    boolean h2 = H2Urls.isH2(url);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(h2 ? H2Urls.withRegistryDefaults(url) : url);
    config.setUsername(h2 && user == null ? "" : user);
    // H2 refuses a password given twice, so one in the URL wins over the (empty) default.
    boolean passwordInUrl = h2 && url.toUpperCase(Locale.ROOT).contains(";PASSWORD=");
    if (!passwordInUrl) {
      config.setPassword(h2 && password == null ? "" : password);
    }
    config.setMaximumPoolSize(maximumSize);
    config.setMinimumIdle(Math.min(2, maximumSize));
    config.setPoolName("model-registry");
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      if (SqlFailure.of(e) == SqlFailure.IN_USE) {
        throw Transactions.inUse(e);
      }
      throw e;
    }
    if (!h2) {
      return new Pool(pool, pool::close);
    }
    return new Pool(pool, () -> {
      shutdown(pool);
      pool.close();
    });
  }
}
