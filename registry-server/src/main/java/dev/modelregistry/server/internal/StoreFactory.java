package dev.modelregistry.server.internal;

import dev.modelregistry.core.spi.RegistryStore;
import dev.modelregistry.inmemory.InMemoryRegistryStore;

/**
 * Opens the store a {@code --store} specification names. Available: {@code memory}, the
 * in-memory store, whose contents live as long as the process.
 */
public final class StoreFactory {
  private StoreFactory() {}

  /**
   * A store, what to call it in the start-up line, and how to release it.
   *
   * @param store the store
   * @param description a short description for the user
   * @param closer releases the store's resources when the server stops
   */
  public record OpenedStore(RegistryStore store, String description, AutoCloseable closer) {}

  /**
   * Opens the store {@code spec} names.
   *
   * @throws IllegalArgumentException if no store has that specification
   */
  public static OpenedStore open(String spec) {
    if (spec.equals("memory")) {
      return new OpenedStore(new InMemoryRegistryStore(),
          "memory, lost when the server stops", () -> { });
    }
    throw new IllegalArgumentException("unknown store '" + spec + "'; available: memory");
  }
}
