package dev.modelregistry.jdbc.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * H2, HikariCP and the PostgreSQL driver are optional dependencies of registry-jdbc: a user who
 * lacks one and calls a factory that needs it gets a StorageException that names the Maven
 * coordinates to add, not a NoClassDefFoundError; a store over the user's own DataSource needs
 * none of them. Each case runs in a child JVM whose class path lacks the jars.
 */
class OptionalJarsTest {
  private static final String H2 = "com.h2database:h2:" + System.getProperty("managed.h2.version");
  private static final String HIKARI =
      "com.zaxxer:HikariCP:" + System.getProperty("managed.hikaricp.version");
  private static final String POSTGRESQL =
      "org.postgresql:postgresql:" + System.getProperty("managed.postgresql.version");
  private static final String STORAGE_EXCEPTION = "dev.modelregistry.api.StorageException";

  @Test
  void withoutH2HikariOrPostgresOnlyTheDataSourcePathOpens() throws Exception {
    Map<String, String[]> outcomes = run(classPathWithout("h2-", "HikariCP-", "postgresql-"),
        "embedded", "in-memory", "postgresql-url", "h2-url", "data-source");

    assertThat(outcomes.get("embedded")[0]).isEqualTo(STORAGE_EXCEPTION);
    assertThat(outcomes.get("embedded")[1]).contains(H2, HIKARI);
    assertThat(outcomes.get("embedded-directory-created")[0]).isEqualTo("false");
    assertThat(outcomes.get("in-memory")[0]).isEqualTo(STORAGE_EXCEPTION);
    assertThat(outcomes.get("in-memory")[1]).contains(H2, HIKARI);
    assertThat(outcomes.get("postgresql-url")[0]).isEqualTo(STORAGE_EXCEPTION);
    assertThat(outcomes.get("postgresql-url")[1]).contains(POSTGRESQL, HIKARI)
        .doesNotContain("h2");
    assertThat(outcomes.get("h2-url")[1]).contains(H2, HIKARI);
    // got as far as the data source, with no pool or driver class loaded on the way
    assertThat(outcomes.get("data-source")[0]).isEqualTo(STORAGE_EXCEPTION);
    assertThat(outcomes.get("data-source")[1]).contains("no database behind this data source");
  }

  @Test
  void withH2ButWithoutHikariTheUrlBuilderNamesHikariOnly() throws Exception {
    Map<String, String[]> outcomes =
        run(classPathWithout("HikariCP-", "postgresql-"), "h2-url", "embedded");

    for (String name : List.of("h2-url", "embedded")) {
      assertThat(outcomes.get(name)[0]).isEqualTo(STORAGE_EXCEPTION);
      assertThat(outcomes.get(name)[1]).contains(HIKARI).doesNotContain("com.h2database");
    }
  }

  private static Map<String, String[]> run(String classPath, String... cases) throws Exception {
    try (ChildJvm child = ChildJvm.startWithClassPath(classPath, OptionalJarsChild.class, cases)) {
      assertThat(child.awaitExit(Duration.ofSeconds(30))).as("exit code").isZero();
      return child.lines().stream()
          .map(line -> line.split("\\|", 3))
          .filter(parts -> parts.length >= 2)
          .collect(Collectors.toMap(parts -> parts[0],
              parts -> Arrays.copyOfRange(parts, 1, parts.length), (a, b) -> b));
    }
  }

  /** The test class path without the jars whose file names start with these prefixes. */
  private static String classPathWithout(String... jarPrefixes) {
    List<String> entries = Arrays.asList(System.getProperty("java.class.path")
        .split(File.pathSeparator));
    Function<String, Boolean> dropped = entry -> {
      String file = Path.of(entry).getFileName().toString();
      return file.endsWith(".jar") && Arrays.stream(jarPrefixes).anyMatch(file::startsWith);
    };
    List<String> kept = entries.stream().filter(entry -> !dropped.apply(entry)).toList();
    assertThat(entries.size() - kept.size()).as("jars left out").isEqualTo(jarPrefixes.length);
    return String.join(File.pathSeparator, kept);
  }
}
