package dev.modelregistry.jdbc.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where the registry's tables live: an optional schema and a table prefix. Renders the
 * {@code ${schema}} and {@code ${prefix}} placeholders of the schema scripts and statements.
 * Both are validated as plain identifiers, so they are safe to put into SQL text.
 */
public final class SqlNames {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,29}");
  private static final Pattern PREFIX = Pattern.compile("([A-Za-z][A-Za-z0-9_]{0,19})?");

  private final @Nullable String schema;
  private final String prefix;

  /**
   * @param schema the schema, or null for the connection's current schema
   * @param prefix the table prefix, possibly empty
   * @throws IllegalArgumentException if either is not a plain identifier
   */
  public SqlNames(@Nullable String schema, String prefix) {
    if (schema != null && !IDENTIFIER.matcher(schema).matches()) {
      throw new IllegalArgumentException("schema must match " + IDENTIFIER + ": '" + schema + "'");
    }
    if (!PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException(
          "tablePrefix must match " + PREFIX + " (a letter first): '" + prefix + "'");
    }
    this.schema = schema == null ? null : schema.toLowerCase(Locale.ROOT);
    this.prefix = prefix.toLowerCase(Locale.ROOT);
  }

  /** Returns the schema, lower case, or null for the connection's current schema. */
  public @Nullable String schema() {
    return schema;
  }

  /** Returns the table prefix, lower case. */
  public String prefix() {
    return prefix;
  }

  /** Returns a table's name as SQL text, qualified with the schema if there is one. */
  public String table(String baseName) {
    return (schema == null ? "" : schema + ".") + prefix + baseName;
  }

  /** Returns an index's name as SQL text, qualified with the schema if there is one. */
  public String index(String baseName) {
    return table(baseName);
  }

  /** Replaces the placeholders in SQL text. */
  public String render(String sql) {
    return sql.replace("${schema}", schema == null ? "" : schema + ".")
        .replace("${prefix}", prefix);
  }

  @Override
  public String toString() {
    return (schema == null ? "" : "schema " + schema + ", ") + "table prefix '" + prefix + "'";
  }
}
