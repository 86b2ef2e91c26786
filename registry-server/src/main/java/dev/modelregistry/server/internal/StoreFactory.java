package dev.modelregistry.server.internal;

import dev.modelregistry.core.spi.RegistryStore;
import dev.modelregistry.inmemory.InMemoryRegistryStore;
import dev.modelregistry.jdbc.JdbcDialect;
import dev.modelregistry.jdbc.JdbcRegistryStore;
import dev.modelregistry.jdbc.internal.Secrets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Opens the store the command line names: {@code h2:DIRECTORY} (the default, {@value #DEFAULT}),
 * an embedded H2 file that survives restarts and crashes; {@code memory}, whose contents live as
 * long as the process; or a JDBC URL, e.g. PostgreSQL for several servers sharing one registry.
 */
public final class StoreFactory {
  /** The store when none is named: an H2 file in {@code registry-data} under the working directory. */
  public static final String DEFAULT = "h2:registry-data";

  private StoreFactory() {}

  /**
   * A store, what to call it in the start-up line, and how to release it.
   *
   * @param store the store
   * @param description a short description for the user, without secrets
   * @param closer releases the store's resources when the server stops
   */
  public record OpenedStore(RegistryStore store, String description, AutoCloseable closer) {}

  /**
   * Opens the store {@code spec} names: {@code memory} or {@code h2:DIRECTORY}.
   *
   * @throws IllegalArgumentException if no store has that specification
   * @throws dev.modelregistry.api.StorageException if the store cannot be opened, e.g.
   *     {@link dev.modelregistry.jdbc.RegistryInUseException} if another process has the H2 file
   */
  public static OpenedStore open(String spec) {
    if (spec.equals("memory")) {
      return new OpenedStore(new InMemoryRegistryStore(), "memory, lost when the server stops",
          () -> { });
    }
    if (spec.startsWith("h2:")) {
      String directory = spec.substring("h2:".length());
      if (directory.isBlank()) {
        throw new IllegalArgumentException("--store h2: needs a directory, e.g. h2:registry-data");
      }
      Path path = Path.of(directory).toAbsolutePath().normalize();
      JdbcRegistryStore store = JdbcRegistryStore.builder(embeddedH2Url(path)).build();
      return new OpenedStore(store, "H2 file in " + path, store::close);
    }
    throw new IllegalArgumentException(
        "unknown store '" + spec + "'; available: h2:DIRECTORY, memory (or --jdbc-url URL)");
  }

  /**
   * Returns the URL of the H2 file {@code registry.mv.db} in {@code directory} (created if
   * missing), as {@link JdbcRegistryStore#embedded} opens it, but with
   * {@code DB_CLOSE_ON_EXIT=FALSE}: H2's own shutdown hook would otherwise close the database
   * while the server's hook still lets requests in progress finish, and they would fail. The
   * server closes the store itself after its last request. The store adds the durability settings
   * ({@code WRITE_DELAY=0}, the lock timeout) as it does for every H2 URL.
   */
  static String embeddedH2Url(Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException cannotCreate) {
      throw new UncheckedIOException("cannot create the registry directory " + directory,
          cannotCreate);
    }
    String file = directory.resolve("registry").toString();
    if (file.indexOf(';') >= 0) {
      throw new IllegalArgumentException("an H2 registry directory must not contain ';': " + file);
    }
    return "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE";
  }

  /**
   * Opens a store over a JDBC URL ({@code jdbc:postgresql://...} or {@code jdbc:h2:...}), with a
   * pool of its own.
   *
   * @param user the database user, or {@code null} for none (or one given in the URL)
   * @param password the user's password, or {@code null} for none
   * @throws dev.modelregistry.api.StorageException if the database cannot be reached or its schema
   *     does not fit
   */
  public static OpenedStore openJdbc(String url, @Nullable String user, @Nullable String password) {
    JdbcRegistryStore.Builder builder = JdbcRegistryStore.builder(url);
    if (user != null) {
      builder.credentials(user, password == null ? "" : password);
    }
    JdbcRegistryStore store = builder.build();
    String database = store.dialect() == JdbcDialect.POSTGRESQL ? "PostgreSQL" : "H2";
    return new OpenedStore(store, database + " at " + withoutSecrets(url), store::close);
  }

  /**
   * Returns a JDBC URL with its passwords masked, by the registry's one redaction rule (the
   * JDBC store's, which redacts its own errors the same way).
   */
  public static String withoutSecrets(String url) {
    return Secrets.redact(url);
  }

  /**
   * Returns a text with the passwords of URLs masked and every occurrence of {@code password}
   * (given apart from the URL, as {@code --jdbc-user}'s password is) masked too.
   */
  public static String withoutSecrets(String text, @Nullable String password) {
    return Secrets.redact(text, password);
  }

}
