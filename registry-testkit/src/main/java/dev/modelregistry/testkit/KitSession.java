package dev.modelregistry.testkit;

import dev.modelregistry.core.spi.RegistryStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One test's store, opened in a temporary directory of its own, and the {@link KitContext} over
 * it. Closing the session closes the store first and then deletes the directory, so that no
 * test sees another's files and a backend's test needs no {@code @TempDir} of its own.
 */
final class KitSession {
  private static final String DIRECTORY_PREFIX = "model-registry-kit-";

  private final KitContext context;
  private final StoreCloser closer;
  private final Path directory;

  private KitSession(KitContext context, StoreCloser closer, Path directory) {
    this.context = context;
    this.closer = closer;
    this.directory = directory;
  }

  /** Opens a store with {@code opener} in a new temporary directory; {@code closer} ends it. */
  static KitSession open(StoreOpener opener, StoreCloser closer) throws Exception {
    Path directory = Files.createTempDirectory(DIRECTORY_PREFIX);
    @Nullable RegistryStore store = null;
    try {
      store = Objects.requireNonNull(opener.open(directory), "the store the opener returned");
      return new KitSession(KitContext.over(store), closer, directory);
    } catch (Throwable failure) {
      // a store that opened is closed before its directory goes (an H2 file holds it open)
      if (store != null) {
        try {
          closer.close(store);
        } catch (Throwable closing) {
          failure.addSuppressed(closing);
        }
      }
      deleteQuietly(directory, failure);
      throw failure;
    }
  }

  /** Returns the context of the test. */
  KitContext context() {
    return context;
  }

  /** Closes the store, then deletes its directory, even when closing the store failed. */
  void close() throws Exception {
    try {
      closer.close(context.store());
    } catch (Throwable failure) {
      deleteQuietly(directory, failure);
      throw failure;
    }
    delete(directory);
  }

  private static void deleteQuietly(Path directory, Throwable cause) {
    try {
      delete(directory);
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
  }

  /** Deletes {@code directory} and everything in it, the deepest entries first. */
  private static void delete(Path directory) throws IOException {
    List<Path> entries;
    try (Stream<Path> walk = Files.walk(directory)) {
      entries = walk.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path entry : entries) {
      Files.deleteIfExists(entry);
    }
  }
}
