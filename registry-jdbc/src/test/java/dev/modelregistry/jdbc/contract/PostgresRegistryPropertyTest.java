package dev.modelregistry.jdbc.contract;

import dev.modelregistry.core.spi.RegistryStore;
import dev.modelregistry.jdbc.testing.PostgresTestServer;
import dev.modelregistry.testkit.ModelRegistryPropertyKit;

/** The JDBC store on PostgreSQL holds to the validation properties. */
class PostgresRegistryPropertyTest extends ModelRegistryPropertyKit {
  @Override
  protected RegistryStore createStore() {
    return PostgresTestServer.get().newStore();
  }

  @Override
  protected void closeStore(RegistryStore store) {
    PostgresTestServer.get().closeStore(store);
  }
}
