package dev.modelregistry.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("JDBC store on H2 in memory")
class H2MemoryStoreTest extends JdbcStoreBehaviourTest {
  @Override
  protected JdbcRegistryStore openStore() {
    return JdbcRegistryStore.inMemory();
  }
}
