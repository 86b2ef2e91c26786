package dev.modelregistry.jdbc.internal;

/** LIKE patterns that take the searched text literally: {@code %}, {@code _} and {@code \} escaped. */
final class LikePattern {
  private LikePattern() {}

  /** Returns a pattern, with {@code ESCAPE '\'}, matching text that contains {@code part}. */
  static String containing(String part) {
    StringBuilder pattern = new StringBuilder(part.length() + 8).append('%');
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (c == '%' || c == '_' || c == '\\') {
        pattern.append('\\');
      }
      pattern.append(c);
    }
    return pattern.append('%').toString();
  }
}
