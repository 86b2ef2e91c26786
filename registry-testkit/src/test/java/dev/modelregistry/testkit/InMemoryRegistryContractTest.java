package dev.modelregistry.testkit;

import dev.modelregistry.inmemory.InMemoryRegistryStore;

/** The in-memory store holds to the whole contract. */
class InMemoryRegistryContractTest extends ModelRegistryContractKit {
  InMemoryRegistryContractTest() {
    super(directory -> new InMemoryRegistryStore());
  }
}
