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
   * index of unsequenced records, a unique position beside the entry id), H2's is not.
   */
  private static final Map<JdbcDialect, Set<String>> DIALECT_ONLY = Map.of(
      JdbcDialect.POSTGRESQL, Set.of("audit_head_pk", "audit_unsequenced_ix", "audit_position_uq"),
      JdbcDialect.H2, Set.of());

  /**
   * Scripts that change each database its own way: V4 moves PostgreSQL's provenance into a
   * document and drops the primary key of H2's side table; V5 makes PostgreSQL indexes partial,
   * which H2 has no use for.
   */
  private static final Set<Integer> DIALECT_SPECIFIC_SCRIPTS = Set.of(4, 5);

  @Test
  @DisplayName("each dialect ships exactly the listed scripts, numbered 1..N without gaps")
  void everyDialectShipsTheListedScripts() throws IOException, URISyntaxException {
    assertThat(SchemaScripts.ALL).extracting(SchemaScripts.Script::version)
        .containsExactly(1, 2, 3, 4, 5);
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
      boolean compareNames = !DIALECT_SPECIFIC_SCRIPTS.contains(script.version());
      List<String> namesOfFirst = null;
      for (JdbcDialect dialect : JdbcDialect.values()) {
        String text = script.text(dialect);
        assertThat(text).as(script.resource(dialect))
            .containsPattern("INSERT INTO \\$\\{schema}\\$\\{prefix}schema_version[^;]*VALUES \\("
                + script.version() + ",");
        Matcher matcher = NAMES.matcher(text);
        List<String> names = matcher.results().map(m -> m.group(1)).distinct()
            .filter(name -> !DIALECT_ONLY.get(dialect).contains(name)).sorted().toList();
        if (!compareNames) {
          continue;
        }
        if (namesOfFirst == null) {
          namesOfFirst = names;
        } else {
          assertThat(names).as(script.resource(dialect)).isEqualTo(namesOfFirst);
        }
      }
    }
  }
}
