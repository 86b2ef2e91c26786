package dev.modelregistry.jdbc.contract;

import dev.modelregistry.jdbc.testing.PostgresTestServer;
import dev.modelregistry.testkit.ModelRegistryPropertyKit;

/** The JDBC store on PostgreSQL holds to the validation properties. */
class PostgresRegistryPropertyTest extends ModelRegistryPropertyKit {
  PostgresRegistryPropertyTest() {
    super(directory -> PostgresTestServer.get().newStore(), PostgresTestServer.get()::closeStore);
  }
}
