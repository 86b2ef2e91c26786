package dev.modelregistry.jdbc;

import dev.modelregistry.jdbc.testing.PostgresTestServer;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JDBC store on PostgreSQL")
class PostgresStoreTest extends JdbcStoreBehaviourTest {
  @Override
  protected JdbcRegistryStore openStore() {
    return PostgresTestServer.get().newStore();
  }

  @Override
  protected void closeStore(JdbcRegistryStore store) {
    PostgresTestServer.get().closeStore(store);
  }
}
