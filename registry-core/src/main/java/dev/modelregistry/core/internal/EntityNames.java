package dev.modelregistry.core.internal;

/**
 * The entity-name pattern {@code [a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}} checked without a regular
 * expression, because group names are checked on every call that names a group or package. For
 * strings of at most 63 characters it accepts exactly what the pattern accepts: ASCII letters,
 * digits and hyphens, starting and ending with a letter or digit.
 */
final class EntityNames {
  private EntityNames() {}

  static boolean matches(String value) {
    return matches(value, 0, value.length());
  }

  /** Checks the characters {@code from} (inclusive) to {@code to} (exclusive) of {@code value}. */
  static boolean matches(String value, int from, int to) {
    if (to <= from || value.charAt(from) == '-' || value.charAt(to - 1) == '-') {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-';
      if (!allowed) {
        return false;
      }
    }
    return true;
  }
}
