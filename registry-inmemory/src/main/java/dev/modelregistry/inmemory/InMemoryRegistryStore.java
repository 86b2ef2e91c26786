package dev.modelregistry.inmemory;

/** Placeholder; the store follows in the next commit. */
public final class InMemoryRegistryStore {
}
