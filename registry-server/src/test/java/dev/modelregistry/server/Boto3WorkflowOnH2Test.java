package dev.modelregistry.server;

import dev.modelregistry.core.spi.RegistryStore;
import dev.modelregistry.jdbc.JdbcRegistryStore;
import java.nio.file.Path;

/** The boto3 workflow with the server on an H2 file, the command line's default store. */
class Boto3WorkflowOnH2Test extends Boto3WorkflowTest {

  @Override
  RegistryStore openStore(Path directory) {
    return JdbcRegistryStore.embedded(directory);
  }
}
