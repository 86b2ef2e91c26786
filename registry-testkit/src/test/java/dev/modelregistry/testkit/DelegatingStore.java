package dev.modelregistry.testkit;

import dev.modelregistry.core.spi.ForwardingRegistryStore;
import dev.modelregistry.core.spi.RegistryStore;
import dev.modelregistry.inmemory.InMemoryRegistryStore;

/** An in-memory store behind a seam: subclasses break one method to see the kit catch it. */
class DelegatingStore extends ForwardingRegistryStore {
  private final RegistryStore delegate = new InMemoryRegistryStore();

  @Override
  protected RegistryStore delegate() {
    return delegate;
  }
}
