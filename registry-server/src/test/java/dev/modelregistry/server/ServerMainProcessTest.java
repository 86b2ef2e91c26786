package dev.modelregistry.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.server.internal.ServerCommandLine;
import dev.modelregistry.server.testing.ChildProcess;
import dev.modelregistry.server.testing.RawClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The server as its own process, started by one command and stopped by SIGTERM. */
class ServerMainProcessTest {
  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @Test
  void printsItsAddressServesAndStopsCleanlyOnSigterm() throws Exception {
    Process process = start(Map.of(), "--port", "0");
    try (BufferedReader stdout = reader(process)) {
      String listening = firstLine(stdout);
      assertThat(listening).startsWith(ServerMain.LISTENING + "http://127.0.0.1:")
          .contains("store: memory").contains("authentication: none");
      URI endpoint = URI.create(listening.substring(ServerMain.LISTENING.length()).split(" ")[0]);

      RawClient.Response created = new RawClient(endpoint)
          .call("CreateModelPackageGroup", "{\"ModelPackageGroupName\": \"from-main\"}");
      assertThat(created.status()).isEqualTo(200);

      process.toHandle().destroy(); // SIGTERM; Process.destroy() would also close stdout
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("exits after SIGTERM").isTrue();
      assertThat(process.exitValue()).isEqualTo(143);
      assertThat(firstLine(stdout)).isEqualTo("Stopped.");
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void takesAccessKeysFromTheEnvironmentAndThenRefusesUnsignedRequests() throws Exception {
    Process process = start(
        Map.of(ServerCommandLine.ACCESS_KEYS_VARIABLE, "AKIDENV:env-secret"), "--port", "0");
    try (BufferedReader stdout = reader(process)) {
      String listening = firstLine(stdout);
      assertThat(listening).contains("AWS Signature Version 4, 1 access key");
      URI endpoint = URI.create(listening.substring(ServerMain.LISTENING.length()).split(" ")[0]);

      RawClient.Response unsigned = new RawClient(endpoint).call("ListModelPackageGroups", "{}");

      assertThat(unsigned.status()).isEqualTo(403);
      assertThat(unsigned.json().get("__type").asText()).isEqualTo("MissingAuthenticationToken");
    } finally {
      process.destroy();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void aUsageErrorExitsWithStatus2AndTheUsage() {
    ChildProcess.Result result = ChildProcess.run(command("--port", "eighty"), System.getenv());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).contains("--port needs a number").contains("Usage:");
  }

  @Test
  void refusingToStartExitsWithStatus1AndSaysWhy() {
    ChildProcess.Result result =
        ChildProcess.run(command("--bind", "0.0.0.0", "--port", "0"), withoutAccessKeys());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stderr()).contains("without access keys");
  }

  private static Process start(Map<String, String> extraEnvironment, String... arguments)
      throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command(arguments))
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().clear();
    builder.environment().putAll(withoutAccessKeys());
    builder.environment().putAll(extraEnvironment);
    return builder.start();
  }

  private static List<String> command(String... arguments) {
    List<String> command = new ArrayList<>(List.of(JAVA, "-cp",
        System.getProperty("java.class.path"), ServerMain.class.getName()));
    command.addAll(List.of(arguments));
    return command;
  }

  private static Map<String, String> withoutAccessKeys() {
    Map<String, String> environment = new HashMap<>(System.getenv());
    environment.remove(ServerCommandLine.ACCESS_KEYS_VARIABLE);
    return environment;
  }

  private static BufferedReader reader(Process process) {
    return new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /** Waits (at most 30 s) for the next line the process prints. */
  private static String firstLine(BufferedReader stdout) throws Exception {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return String.valueOf(stdout.readLine());
      } catch (IOException failed) {
        throw new UncheckedIOException(failed);
      }
    }).get(30, TimeUnit.SECONDS);
  }
}
