package dev.modelregistry.jdbc.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.core.ModelRegistries;
import dev.modelregistry.jdbc.JdbcRegistryStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two JVMs on one H2 file in server mode ({@code AUTO_SERVER=TRUE}): the file's server runs in
 * the JVM that opened it first (this one), the other connects to it. Closing a store in either
 * JVM releases that store's pool only; the other JVM keeps registering. (Closing ran H2's
 * {@code SHUTDOWN}, which closed the database for every process connected to it.)
 */
@DisplayName("closing a store on an H2 file in server mode leaves the other JVM registering")
class H2ServerModeCloseTest {
  private static final String GROUP = "shared";

  @TempDir
  Path directory;

  private String url;

  @BeforeEach
  void url() {
    url = "jdbc:h2:file:" + directory.resolve("registry") + ";AUTO_SERVER=TRUE";
  }

  @Test
  @DisplayName("the connected JVM closes its store; the JVM serving the file keeps registering")
  void connectedJvmCloses() throws Exception {
    try (JdbcRegistryStore store = JdbcRegistryStore.builder(url).build()) {
      ModelRegistry registry = ModelRegistries.builder(store).build();
      registry.createModelPackageGroup(
          CreateModelPackageGroupRequest.builder().modelPackageGroupName(GROUP).build());
      try (ChildJvm other = ChildJvm.start("shared", url, GROUP)) {
        other.awaitLines("WAITING"::equals, 1, Duration.ofMinutes(1));
        other.send("go");
        assertThat(other.awaitExit(Duration.ofMinutes(1))).isZero();
        assertThat(other.lines()).contains("CLOSED");
      }

      int next = registry.createModelPackage(RegistrationChild.request(GROUP, "after", false))
          .modelPackageVersion();

      assertThat(next).isEqualTo(5);
      assertThat(versions(store)).containsExactlyElementsOf(IntStream.rangeClosed(1, 5).boxed()
          .toList());
    }
  }

  @Test
  @DisplayName("the JVM serving the file closes its store; the connected JVM keeps registering")
  void servingJvmCloses() throws Exception {
    ChildJvm other;
    try (JdbcRegistryStore store = JdbcRegistryStore.builder(url).build()) {
      ModelRegistries.builder(store).build().createModelPackageGroup(
          CreateModelPackageGroupRequest.builder().modelPackageGroupName(GROUP).build());
      other = ChildJvm.start("shared", url, GROUP);
      other.awaitLines("WAITING"::equals, 1, Duration.ofMinutes(1));
    }
    try (other) {
      other.send("go");

      assertThat(other.awaitExit(Duration.ofMinutes(1))).as("exit status; output %s",
          other.lines()).isZero();
      assertThat(Acks.of(other.lines())).containsOnlyKeys(1, 2, 3, 4);
      assertThat(other.lines()).contains("CLOSED");
    }
  }

  private static List<Integer> versions(JdbcRegistryStore store) {
    return Acks.allPackages(store, GROUP).stream().map(ModelPackage::modelPackageVersion).toList();
  }
}
