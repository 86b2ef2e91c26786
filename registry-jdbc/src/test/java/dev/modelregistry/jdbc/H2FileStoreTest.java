package dev.modelregistry.jdbc;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("JDBC store on an H2 file")
class H2FileStoreTest extends JdbcStoreBehaviourTest {
  @TempDir
  Path directory;

  @Override
  protected JdbcRegistryStore openStore() {
    return JdbcRegistryStore.embedded(directory);
  }
}
