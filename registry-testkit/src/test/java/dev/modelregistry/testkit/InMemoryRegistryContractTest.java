package dev.modelregistry.testkit;

import dev.modelregistry.core.spi.RegistryStore;
import dev.modelregistry.inmemory.InMemoryRegistryStore;

/** The in-memory store holds to the whole contract. */
class InMemoryRegistryContractTest extends ModelRegistryContractKit {

  @Override
  protected RegistryStore createStore() {
    return new InMemoryRegistryStore();
  }
}
