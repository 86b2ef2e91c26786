package dev.modelregistry.jdbc.contract;

import dev.modelregistry.jdbc.JdbcRegistryStore;
import dev.modelregistry.testkit.ModelRegistryContractKit;
import org.junit.jupiter.api.DisplayName;

@DisplayName("contract: JDBC store on H2 in memory")
class H2MemoryRegistryContractTest extends ModelRegistryContractKit {
  H2MemoryRegistryContractTest() {
    super(directory -> JdbcRegistryStore.inMemory());
  }
}
