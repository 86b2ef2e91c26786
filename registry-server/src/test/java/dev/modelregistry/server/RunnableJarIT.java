package dev.modelregistry.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.server.testing.RawClient;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar ({@code registry-server-all.jar}, built by {@code package}) needs nothing
 * beside it: copied alone into an empty directory and started there with {@code java -jar}, it
 * serves requests. Runs in the {@code integration-test} phase, after the jar exists.
 */
class RunnableJarIT {
  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @TempDir Path elsewhere;

  @Test
  @DisplayName("the runnable jar, copied alone to another directory, starts there and answers")
  void theRunnableJarRunsAloneFromAnyDirectory() throws Exception {
    Path built = Path.of(System.getProperty("registry.server.runnable.jar",
        "target/registry-server-all.jar"));
    Path jar = Files.copy(built, elsewhere.resolve("registry-server-all.jar"));
    ProcessBuilder builder = new ProcessBuilder(JAVA, "-jar", jar.getFileName().toString(),
        "--port", "0", "--store", "memory")
        .directory(elsewhere.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().remove("MODEL_REGISTRY_ACCESS_KEYS");
    builder.environment().remove("CLASSPATH");
    Process process = builder.start();
    try (BufferedReader stdout = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String listening = CompletableFuture.supplyAsync(() -> {
        try {
          return String.valueOf(stdout.readLine());
        } catch (java.io.IOException failed) {
          throw new java.io.UncheckedIOException(failed);
        }
      }).get(60, TimeUnit.SECONDS);
      assertThat(listening).startsWith(ServerMain.LISTENING);
      URI endpoint = URI.create(listening.substring(ServerMain.LISTENING.length()).split(" ")[0]);

      RawClient.Response created = new RawClient(endpoint)
          .call("CreateModelPackageGroup", "{\"ModelPackageGroupName\": \"from-the-jar\"}");

      assertThat(created.status()).as(created.body()).isEqualTo(200);
      assertThat(Files.list(elsewhere).map(path -> path.getFileName().toString()))
          .as("nothing but the jar was needed").containsExactly("registry-server-all.jar");
    } finally {
      process.toHandle().destroy();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("exits on SIGTERM").isTrue();
    }
  }
}
