package dev.modelregistry.jdbc.contract;

import dev.modelregistry.core.spi.RegistryStore;
import dev.modelregistry.jdbc.JdbcRegistryStore;
import dev.modelregistry.testkit.ModelRegistryPropertyKit;

/** The JDBC store on H2 holds to the validation properties. */
class H2RegistryPropertyTest extends ModelRegistryPropertyKit {
  @Override
  protected RegistryStore createStore() {
    return JdbcRegistryStore.inMemory();
  }

  @Override
  protected void closeStore(RegistryStore store) {
    ((JdbcRegistryStore) store).close();
  }
}
