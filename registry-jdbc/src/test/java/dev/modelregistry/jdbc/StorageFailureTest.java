package dev.modelregistry.jdbc;

import static dev.modelregistry.jdbc.testing.StoreFixtures.created;
import static dev.modelregistry.jdbc.testing.StoreFixtures.group;
import static dev.modelregistry.jdbc.testing.StoreFixtures.insert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelregistry.api.StorageException;
import dev.modelregistry.jdbc.testing.PostgresTestServer;
import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("database failures reach the caller as StorageException with the cause kept")
class StorageFailureTest {

  @Test
  @DisplayName("a connection the server dropped fails one call with StorageException; the next works")
  void lostConnection() {
    PostgresTestServer server = PostgresTestServer.get();
    String schema = server.newSchema();
    String application = "registry-lost-connection-test";
    String url = server.jdbcUrl() + (server.jdbcUrl().contains("?") ? "&" : "?")
        + "ApplicationName=" + application;
    try (JdbcRegistryStore store = JdbcRegistryStore.builder(url)
        .credentials(server.user(), server.password()).schema(schema).maximumPoolSize(1)
        .build()) {
      insert(store, group("churn"));
      // Only this store's connection: the other tests' shared pool must not notice.
      server.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
          + " WHERE application_name = '" + application + "'");
      assertThatThrownBy(() -> store.insertPackage("churn", null, (g, v) -> created("churn", v)))
          .isInstanceOf(StorageException.class)
          .hasRootCauseInstanceOf(SQLException.class)
          .hasMessageContaining("register a package in group churn");
      assertThat(store.insertPackage("churn", null, (g, v) -> created("churn", v))
          .modelPackage().modelPackageVersion()).isEqualTo(1);
    } finally {
      server.dropSchema(schema);
    }
  }

  @Test
  @DisplayName("a closed store fails with StorageException, not a raw SQL or pool error")
  void closedStore() {
    JdbcRegistryStore store = JdbcRegistryStore.inMemory();
    store.close();
    assertThatThrownBy(() -> store.findGroup("churn"))
        .isInstanceOf(StorageException.class)
        .hasCauseInstanceOf(RuntimeException.class);
  }
}
