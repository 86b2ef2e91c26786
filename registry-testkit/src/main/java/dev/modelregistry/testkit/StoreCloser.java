package dev.modelregistry.testkit;

import dev.modelregistry.core.spi.RegistryStore;

/**
 * How a backend's contract test releases a store its {@link StoreOpener} opened; the kits call it
 * after every test or property. Most backends need none: the default,
 * {@link #closeIfAutoCloseable()}, closes a store that is {@link AutoCloseable}.
 */
@FunctionalInterface
public interface StoreCloser {

  /**
   * Releases {@code store}.
   *
   * @throws Exception if it cannot; the test fails
   */
  void close(RegistryStore store) throws Exception;

  /**
   * Returns the kits' default: closes a store that is {@link AutoCloseable} (a JDBC store so
   * releases its pool and its database, and with them its files) and leaves any other store to
   * the garbage collector.
   */
  static StoreCloser closeIfAutoCloseable() {
    return store -> {
      if (store instanceof AutoCloseable closeable) {
        closeable.close();
      }
    };
  }
}
