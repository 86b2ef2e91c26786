package dev.modelregistry.jdbc.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.jdbc.JdbcRegistryStore;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("an H2 registry file belongs to one process at a time")
class H2SecondProcessTest {
  @TempDir
  Path directory;

  @Test
  @DisplayName("a second process gets RegistryInUseException naming PostgreSQL and AUTO_SERVER")
  void secondProcessFailsWithATypedError() throws Exception {
    String line;
    try (JdbcRegistryStore store = JdbcRegistryStore.embedded(directory)) {
      assertThat(store.findGroup("any")).isEmpty();
      ChildJvm child = ChildJvm.start("open", "h2", directory.toString());
      assertThat(child.awaitExit(Duration.ofMinutes(1))).isZero();
      line = child.lines().get(0);
    }
    assertThat(line).startsWith("IN_USE").contains("PostgreSQL").contains("AUTO_SERVER=TRUE");

    ChildJvm after = ChildJvm.start("open", "h2", directory.toString());
    assertThat(after.awaitExit(Duration.ofMinutes(1))).isZero();
    assertThat(after.lines()).containsExactly("OPENED H2");
  }
}
