package dev.modelregistry.testkit;

import dev.modelregistry.core.spi.RegistryStore;
import java.nio.file.Path;

/**
 * How a backend's contract test opens a store: the one thing a backend must tell the kits. The
 * kits call it before every test ({@link ModelRegistryContractKit}) or property
 * ({@link ModelRegistryPropertyKit}), e.g. {@code JdbcRegistryStore::embedded} or
 * {@code directory -> new InMemoryRegistryStore()}.
 */
@FunctionalInterface
public interface StoreOpener {

  /**
   * Returns a new, empty store.
   *
   * @param directory an empty directory of this test alone, for a store that keeps files; the kit
   *     deletes it after the test, once the store is closed. A store that keeps no files ignores
   *     it.
   * @throws Exception if the store cannot be opened; the test fails
   */
  RegistryStore open(Path directory) throws Exception;
}
