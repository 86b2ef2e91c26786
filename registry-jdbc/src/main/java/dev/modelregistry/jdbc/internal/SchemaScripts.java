package dev.modelregistry.jdbc.internal;

import dev.modelregistry.jdbc.JdbcDialect;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The schema scripts shipped in the jar, in the order they apply: {@code V1__create.sql},
 * {@code V2__latest_approved_index.sql}, ... in each dialect's folder. Scripts are forward-only;
 * a released script never changes, a change is a new script.
 */
final class SchemaScripts {
  /** The scripts, oldest first; the last one's version is the version this library needs. */
  public static final List<Script> ALL = List.of(
      new Script(1, "create"),
      new Script(2, "latest_approved_index"),
      new Script(3, "audit_log_and_provenance"),
      new Script(4, "provenance_document"),
      new Script(5, "partial_indexes"));

  private SchemaScripts() {}

  /** Returns the schema version this library needs. */
  public static int currentVersion() {
    return ALL.get(ALL.size() - 1).version();
  }

  /** One numbered script. */
  public record Script(int version, String name) {

    /** Returns the script's file name, e.g. {@code V1__create.sql}. */
    public String fileName() {
      return "V" + version + "__" + name + ".sql";
    }

    /** Returns the script's classpath resource name for a dialect. */
    public String resource(JdbcDialect dialect) {
      return dialect.schemaScriptFolder() + "/" + fileName();
    }

    /** Returns the script's text, placeholders not yet replaced. */
    public String text(JdbcDialect dialect) {
      String resource = resource(dialect);
      try (InputStream in = SchemaScripts.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("Schema script missing from the classpath: " + resource);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read schema script " + resource, e);
      }
    }
  }
}
