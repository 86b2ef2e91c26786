package dev.modelregistry.jdbc.contract;

import dev.modelregistry.core.spi.RegistryStore;
import dev.modelregistry.jdbc.JdbcRegistryStore;
import dev.modelregistry.testkit.ModelRegistryContractKit;
import org.junit.jupiter.api.DisplayName;

@DisplayName("contract: JDBC store on H2 in memory")
class H2MemoryRegistryContractTest extends ModelRegistryContractKit {
  @Override
  protected RegistryStore createStore() {
    return JdbcRegistryStore.inMemory();
  }

  @Override
  protected void closeStore(RegistryStore store) {
    ((JdbcRegistryStore) store).close();
  }
}
