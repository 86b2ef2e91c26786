package dev.modelregistry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.jdbc.internal.OptionalDependencies.Dependency;
import org.junit.jupiter.api.Test;

class OptionalDependenciesTest {
  /** The versions in the messages are the ones the parent pom manages (surefire passes them). */
  @Test
  void versionsAreThePomsManagedVersions() {
    assertThat(Dependency.H2.version()).isEqualTo(managed("h2"));
    assertThat(Dependency.HIKARI_CP.version()).isEqualTo(managed("hikaricp"));
    assertThat(Dependency.POSTGRESQL.version()).isEqualTo(managed("postgresql"));
  }

  @Test
  void withEverythingOnTheClassPathEveryUrlPasses() {
    OptionalDependencies.requireForUrl("jdbc:h2:mem:x");
    OptionalDependencies.requireForUrl("JDBC:POSTGRESQL://host/db");
    OptionalDependencies.requireForUrl("jdbc:other:thing");
  }

  private static String managed(String name) {
    String version = System.getProperty("managed." + name + ".version");
    assertThat(version).as("system property managed.%s.version (set by surefire)", name)
        .isNotBlank().doesNotContain("${");
    return version;
  }
}
