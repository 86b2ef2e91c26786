package dev.modelregistry.jdbc.contract;

import dev.modelregistry.core.spi.RegistryStore;
import dev.modelregistry.jdbc.testing.PostgresTestServer;
import dev.modelregistry.testkit.ModelRegistryContractKit;
import org.junit.jupiter.api.DisplayName;

@DisplayName("contract: JDBC store on PostgreSQL")
class PostgresRegistryContractTest extends ModelRegistryContractKit {
  @Override
  protected RegistryStore createStore() {
    return PostgresTestServer.get().newStore();
  }

  @Override
  protected void closeStore(RegistryStore store) {
    PostgresTestServer.get().closeStore(store);
  }
}
