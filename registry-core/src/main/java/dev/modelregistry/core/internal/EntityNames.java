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
    int length = value.length();
    if (length == 0 || value.charAt(0) == '-' || value.charAt(length - 1) == '-') {
      return false;
    }
    for (int i = 0; i < length; i++) {
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
