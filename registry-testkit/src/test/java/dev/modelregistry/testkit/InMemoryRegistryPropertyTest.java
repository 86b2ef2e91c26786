package dev.modelregistry.testkit;

import dev.modelregistry.inmemory.InMemoryRegistryStore;

/** The in-memory store holds to the validation properties. */
class InMemoryRegistryPropertyTest extends ModelRegistryPropertyKit {
  InMemoryRegistryPropertyTest() {
    super(directory -> new InMemoryRegistryStore());
  }
}
