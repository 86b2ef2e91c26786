package dev.modelregistry.jdbc.internal;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Text values kept in columns of their own (provenance, customer metadata, consumer names),
 * escaped to printable ASCII the way the documents are: so any database encoding keeps them and
 * a NUL (which PostgreSQL text cannot hold) or an unpaired surrogate survives. The escape is
 * one-to-one, so equality of escaped values is equality of the values, and a query escapes its
 * value the same way. Printable ASCII other than the backslash stays as it is (the common case
 * costs a scan and no copy); a backslash becomes {@code \\}, anything else {@code \}{@code uXXXX}.
 */
final class ColumnText {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private ColumnText() {}

  static String escape(String value) {
    int length = value.length();
    int i = 0;
    while (i < length && plain(value.charAt(i))) {
      i++;
    }
    if (i == length) {
      return value;
    }
    StringBuilder out = new StringBuilder(length + 16).append(value, 0, i);
    for (; i < length; i++) {
      char c = value.charAt(i);
      if (plain(c)) {
        out.append(c);
      } else if (c == '\\') {
        out.append("\\\\");
      } else {
        out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF])
            .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }

  /** Returns the escaped value, or null for null. */
  static @Nullable String escape(Optional<String> value) {
    return value.isPresent() ? escape(value.get()) : null;
  }

  /**
   * Returns the entries, escaped, as a JSON object: the parts of PostgreSQL's provenance document
   * ({@link ProvenanceDocument}).
   */
  static String jsonObject(Map<String, String> entries) {
    StringBuilder out = new StringBuilder(32 + entries.size() * 32).append('{');
    boolean first = true;
    for (Map.Entry<String, String> entry : entries.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      jsonString(out, escape(entry.getKey()));
      out.append(':');
      jsonString(out, escape(entry.getValue()));
    }
    return out.append('}').toString();
  }

  /** Appends printable ASCII as a JSON string literal. */
  private static void jsonString(StringBuilder out, String ascii) {
    out.append('"');
    for (int i = 0; i < ascii.length(); i++) {
      char c = ascii.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    out.append('"');
  }

  private static boolean plain(char c) {
    return c >= 0x20 && c < 0x7F && c != '\\';
  }
}
