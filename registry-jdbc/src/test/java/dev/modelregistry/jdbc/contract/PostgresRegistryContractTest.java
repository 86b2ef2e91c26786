package dev.modelregistry.jdbc.contract;

import dev.modelregistry.jdbc.testing.PostgresTestServer;
import dev.modelregistry.testkit.ModelRegistryContractKit;
import org.junit.jupiter.api.DisplayName;

@DisplayName("contract: JDBC store on PostgreSQL")
class PostgresRegistryContractTest extends ModelRegistryContractKit {
  PostgresRegistryContractTest() {
    super(directory -> PostgresTestServer.get().newStore(), PostgresTestServer.get()::closeStore);
  }
}
