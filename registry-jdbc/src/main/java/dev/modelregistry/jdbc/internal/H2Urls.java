package dev.modelregistry.jdbc.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

/**
 * H2 URLs with the settings the registry's promises need. {@code WRITE_DELAY=0}: H2 otherwise
 * writes committed transactions to the file up to 500 ms later, and a killed JVM loses
 * registrations that were already acknowledged. {@code LOCK_TIMEOUT=10000}: writers of one group
 * queue on the group's row; H2's default of one second fails them under load.
 */
public final class H2Urls {
  private H2Urls() {}

  /** Returns the URL of the registry file {@code registry.mv.db} in a directory. */
  public static String embedded(Path directory) {
    String path = directory.toAbsolutePath().normalize().resolve("registry").toString();
    if (path.indexOf(';') >= 0) {
      throw new IllegalArgumentException("An H2 registry directory must not contain ';': " + path);
    }
    return withRegistryDefaults("jdbc:h2:file:" + path);
  }

  /** Returns the URL of a new private in-memory database, kept until the store shuts it down. */
  public static String privateInMemory() {
    return withRegistryDefaults("jdbc:h2:mem:registry-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  static boolean isH2(String url) {
    return url.regionMatches(true, 0, "jdbc:h2:", 0, 8);
  }

  /** Adds the registry's settings to an H2 URL unless it sets them itself. */
  public static String withRegistryDefaults(String url) {
    String upper = url.toUpperCase(Locale.ROOT);
    StringBuilder result = new StringBuilder(url);
    if (!upper.contains(";WRITE_DELAY=")) {
      result.append(";WRITE_DELAY=0");
    }
    if (!upper.contains(";LOCK_TIMEOUT=")) {
      result.append(";LOCK_TIMEOUT=10000");
    }
    return result.toString();
  }
}
