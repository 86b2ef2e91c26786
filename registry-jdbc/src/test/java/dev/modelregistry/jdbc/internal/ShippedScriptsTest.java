package dev.modelregistry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.jdbc.JdbcDialect;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the schema scripts shipped in the jar")
class ShippedScriptsTest {
  private static final Pattern NAMES =
      Pattern.compile("\\$\\{prefix}([a-z_]+_(?:pk|uq|fk|ix))\\b");
  /**
   * Objects only one dialect has: PostgreSQL's audit log is sequenced by readers (a head row, an
   * index of unsequenced records, a unique position beside the entry id), H2's is not; since V4
   * PostgreSQL indexes provenance as one document (ProvenanceDocument).
   */
  private static final Map<JdbcDialect, Set<String>> DIALECT_ONLY = Map.of(
      JdbcDialect.POSTGRESQL, Set.of("audit_head_pk", "audit_unsequenced_ix", "audit_position_uq",
          "package_provenance_ix"),
      JdbcDialect.H2, Set.of());

  /** H2's V4 drops the side table's primary key; PostgreSQL's drops the whole table instead. */
  private static final String H2_V4_DROPS = "customer_metadata_pk";

  @Test
  @DisplayName("each dialect ships exactly the listed scripts, numbered 1..N without gaps")
  void everyDialectShipsTheListedScripts() throws IOException, URISyntaxException {
    assertThat(SchemaScripts.ALL).extracting(SchemaScripts.Script::version)
        .containsExactly(1, 2, 3, 4);
    for (JdbcDialect dialect : JdbcDialect.values()) {
      Path folder = Path.of(ShippedScriptsTest.class.getClassLoader()
          .getResource(dialect.schemaScriptFolder()).toURI());
      try (Stream<Path> files = Files.list(folder)) {
        assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
            .as(dialect.name())
            .containsExactlyElementsOf(
                SchemaScripts.ALL.stream().map(SchemaScripts.Script::fileName).sorted().toList());
      }
    }
  }

  @Test
  @DisplayName("each script records its own version and names the same constraints in every dialect")
  void scriptsRecordTheirVersionAndAgreeOnNames() {
    for (SchemaScripts.Script script : SchemaScripts.ALL) {
      List<String> namesOfFirst = null;
      for (JdbcDialect dialect : JdbcDialect.values()) {
        String text = script.text(dialect);
        assertThat(text).as(script.resource(dialect))
            .containsPattern("INSERT INTO \\$\\{schema}\\$\\{prefix}schema_version[^;]*VALUES \\("
                + script.version() + ",");
        Matcher matcher = NAMES.matcher(text);
        List<String> names = matcher.results().map(m -> m.group(1)).distinct()
            .filter(name -> !DIALECT_ONLY.get(dialect).contains(name))
            .filter(name -> !(dialect == JdbcDialect.H2 && script.version() == 4
                && name.equals(H2_V4_DROPS)))
            .sorted().toList();
        if (namesOfFirst == null) {
          namesOfFirst = names;
        } else {
          assertThat(names).as(script.resource(dialect)).isEqualTo(namesOfFirst);
        }
      }
    }
  }
}
