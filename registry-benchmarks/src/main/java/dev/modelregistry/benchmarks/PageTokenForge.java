package dev.modelregistry.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Builds page tokens that start a page after any version of a group loaded by
 * {@link GroupLoader} (whose version v was created at {@code EPOCH + v ms}), from one token the
 * registry issued for the same filters: only the position changes. Tokens are opaque to users;
 * a benchmark may rely on their format to jump into a million-package group without walking it.
 */
final class PageTokenForge {
  private final String prefix;

  /** @param issued a token the registry issued for the list request the forged ones will serve */
  PageTokenForge(String issued) {
    String text = new String(Base64.getUrlDecoder().decode(issued), StandardCharsets.UTF_8);
    String[] parts = text.split("\\|", -1);
    if (parts.length != 5 || !parts[0].equals("v1")) {
      throw new IllegalStateException("unexpected token format: " + text);
    }
    this.prefix = parts[0] + "|" + parts[1] + "|";
  }

  /** Returns the token of the page that starts after {@code version} of {@code group}. */
  String after(String group, int version) {
    long millis = GroupLoader.EPOCH.plusMillis(version).toEpochMilli();
    String text = prefix + millis + "|" + group + "|" + version;
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  static Instant created(int version) {
    return GroupLoader.EPOCH.plusMillis(version);
  }
}
