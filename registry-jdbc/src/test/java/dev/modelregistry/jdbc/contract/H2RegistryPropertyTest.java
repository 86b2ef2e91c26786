package dev.modelregistry.jdbc.contract;

import dev.modelregistry.jdbc.JdbcRegistryStore;
import dev.modelregistry.testkit.ModelRegistryPropertyKit;

/** The JDBC store on H2 holds to the validation properties. */
class H2RegistryPropertyTest extends ModelRegistryPropertyKit {
  H2RegistryPropertyTest() {
    super(directory -> JdbcRegistryStore.inMemory());
  }
}
