package dev.modelregistry.jdbc.contract;

import dev.modelregistry.core.spi.RegistryStore;
import dev.modelregistry.jdbc.JdbcRegistryStore;
import dev.modelregistry.testkit.ModelRegistryContractKit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("contract: JDBC store on an H2 file")
class H2FileRegistryContractTest extends ModelRegistryContractKit {
  @TempDir
  static Path directories;

  @Override
  protected RegistryStore createStore() {
    try {
      return JdbcRegistryStore.embedded(Files.createTempDirectory(directories, "registry"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected void closeStore(RegistryStore store) {
    ((JdbcRegistryStore) store).close();
  }
}
