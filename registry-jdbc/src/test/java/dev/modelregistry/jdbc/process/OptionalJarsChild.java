package dev.modelregistry.jdbc.process;

import dev.modelregistry.jdbc.JdbcRegistryStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Opens stores the ways a user would, on a class path that lacks some of registry-jdbc's optional
 * jars, and prints one line per attempt: {@code case|exception class|message}.
 */
public final class OptionalJarsChild {
  private OptionalJarsChild() {}

  public static void main(String[] args) throws Exception {
    Path directory = Files.createTempDirectory("optional-jars");
    for (String name : args) {
      String outcome;
      try (JdbcRegistryStore store = open(name, directory.resolve(name))) {
        outcome = "opened|" + store;
      } catch (Throwable failure) {
        outcome = failure.getClass().getName() + "|" + failure.getMessage();
      }
      System.out.println(name + "|" + outcome.replace('\n', ' '));
    }
    System.out.println("embedded-directory-created|" + Files.exists(directory.resolve("embedded")));
    System.out.flush();
  }

  private static JdbcRegistryStore open(String name, Path directory) {
    return switch (name) {
      case "embedded" -> JdbcRegistryStore.embedded(directory);
      case "in-memory" -> JdbcRegistryStore.inMemory();
      case "postgresql-url" -> JdbcRegistryStore.builder("jdbc:postgresql://127.0.0.1:1/x").build();
      case "h2-url" -> JdbcRegistryStore.builder("jdbc:h2:mem:optional-jars").build();
      case "data-source" -> JdbcRegistryStore.builder(new NoDatabase()).build();
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** A data source of no database: the store must get as far as asking it for a connection. */
  private static final class NoDatabase implements DataSource {
    @Override
    public Connection getConnection() throws SQLException {
      throw new SQLException("no database behind this data source");
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
      return new PrintWriter(System.err);
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }
}
