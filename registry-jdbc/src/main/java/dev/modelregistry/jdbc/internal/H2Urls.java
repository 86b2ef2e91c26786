package dev.modelregistry.jdbc.internal;

import dev.modelregistry.jdbc.UnsafeDatabaseSettingException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * H2 URLs with the settings the registry's promises need, decided here for every H2 URL a store
 * opens.
 *
 * <p>{@code WRITE_DELAY=0}: H2 otherwise writes committed transactions to the file up to 500 ms
 * later, and a killed JVM loses registrations that were already acknowledged.
 *
 * <p>{@code REUSE_SPACE=FALSE} on a file: every commit's chunk is then appended at the end of the
 * file. With space reuse, H2 (2.x, {@code RandomAccessStore.writeChunk}) puts a chunk into a gap
 * left by freed chunks, and after a crash it finds the newest chunk only through the store header
 * and each chunk's predicted successor ({@code next}); but the header it writes when a chunk does
 * not land where the previous one predicted still points to the previous chunk, so that chunk and
 * every later one in reused space are unreachable, and the reopened file silently loses up to
 * about twenty acknowledged commits (and then hands out their version numbers again). A chunk at
 * the end of the file is found without the header (H2 reads the file's last chunk on open).
 *
 * <p>{@code DEFRAG_ALWAYS=TRUE} on a file (unless the URL sets it): without reuse, the space of
 * superseded chunks is given back only by compacting the file, which H2's time-limited compaction
 * at close does not do (a file of 200 MB after 1,500 registrations in one session stayed 200 MB);
 * a full compaction when the database closes copies the live data (5 MB there, about a second)
 * into a new file, so a file grows during a session but not from one session to the next.
 *
 * <p>{@code LOCK_TIMEOUT=10000}: writers of one group queue on the group's row; H2's default of
 * one second fails them under load.
 *
 * <p>A URL that sets one of the durability settings to another value is refused: the store could
 * not keep its promise on it.
 */
public final class H2Urls {
  private static final List<Map.Entry<String, String>> DURABLE_FILE_SETTINGS =
      List.of(Map.entry("WRITE_DELAY", "0"), Map.entry("REUSE_SPACE", "FALSE"));

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

  /** Whether an H2 URL names an in-memory database (local or on a server), which no crash keeps. */
  static boolean isInMemory(String url) {
    int settings = url.indexOf(';');
    String database = (settings < 0 ? url : url.substring(0, settings)).toLowerCase(Locale.ROOT);
    return database.startsWith("jdbc:h2:mem:") || database.contains("/mem:");
  }

  /**
   * Adds the registry's settings to an H2 URL unless it sets them itself.
   *
   * @throws UnsafeDatabaseSettingException if the URL of an H2 file sets {@code WRITE_DELAY} or
   *     {@code REUSE_SPACE} to a value under which an acknowledged registration could be lost
   */
  public static String withRegistryDefaults(String url) {
    StringBuilder result = new StringBuilder(url);
    boolean file = !isInMemory(url);
    for (Map.Entry<String, String> durable : DURABLE_FILE_SETTINGS) {
      Optional<String> value = setting(url, durable.getKey());
      if (value.isPresent()) {
        if (file && !value.get().equalsIgnoreCase(durable.getValue())) {
          throw unsafe(durable.getKey() + "=" + value.get(), durable);
        }
      } else if (file || !durable.getKey().equals("REUSE_SPACE")) {
        // H2 fails to open an in-memory database with REUSE_SPACE: it has no file store.
        result.append(';').append(durable.getKey()).append('=').append(durable.getValue());
      }
    }
    if (file && setting(url, "DEFRAG_ALWAYS").isEmpty()) {
      result.append(";DEFRAG_ALWAYS=TRUE");
    }
    if (setting(url, "LOCK_TIMEOUT").isEmpty()) {
      result.append(";LOCK_TIMEOUT=10000");
    }
    return result.toString();
  }

  private static UnsafeDatabaseSettingException unsafe(String spelled,
      Map.Entry<String, String> durable) {
    return new UnsafeDatabaseSettingException(spelled, "The H2 URL sets " + spelled
        + ", under which a registration that returned can be lost when the process dies. Remove"
        + " it from the URL: the store sets " + durable.getKey() + "=" + durable.getValue()
        + " on every H2 file.");
  }

  /** Returns the value of a {@code ;NAME=value} setting of an H2 URL. */
  private static Optional<String> setting(String url, String name) {
    String upper = url.toUpperCase(Locale.ROOT);
    int at = upper.indexOf(";" + name + "=");
    if (at < 0) {
      return Optional.empty();
    }
    int start = at + name.length() + 2;
    int end = url.indexOf(';', start);
    return Optional.of(url.substring(start, end < 0 ? url.length() : end).trim());
  }
}
