package dev.modelregistry.jdbc.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jspecify.annotations.Nullable;

/**
 * Pools for the stores opened from a JDBC URL. H2 gets H2's own small pool (no dependency beyond
 * H2, and an in-process connection is cheap). Other databases get HikariCP: a new PostgreSQL
 * connection costs about 22 ms here, and HikariCP checks connections before handing them out and
 * retires them on schedule, which a server database that restarts or drops idle connections
 * needs. Users with their own pool pass their DataSource instead.
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

  /** Opens a pool of at most {@code maximumSize} connections to {@code url}. */
  public static Pool open(String url, @Nullable String user, @Nullable String password,
      int maximumSize) {
    if (H2Urls.isH2(url)) {
      JdbcConnectionPool pool = JdbcConnectionPool.create(H2Urls.withRegistryDefaults(url),
          user == null ? "" : user, password == null ? "" : password);
      pool.setMaxConnections(maximumSize);
      return new Pool(pool, () -> {
        shutdown(pool);
        pool.dispose();
      });
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(maximumSize);
    config.setMinimumIdle(Math.min(2, maximumSize));
    config.setPoolName("model-registry");
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    HikariDataSource pool = new HikariDataSource(config);
    return new Pool(pool, pool::close);
  }
}
