package dev.modelregistry.jdbc.contract;

import dev.modelregistry.jdbc.JdbcRegistryStore;
import dev.modelregistry.testkit.ModelRegistryContractKit;
import org.junit.jupiter.api.DisplayName;

@DisplayName("contract: JDBC store on an H2 file")
class H2FileRegistryContractTest extends ModelRegistryContractKit {
  H2FileRegistryContractTest() {
    super(JdbcRegistryStore::embedded);
  }
}
