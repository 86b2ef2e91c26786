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
import org.junit.jupiter.api.io.TempDir;

/** The server as its own process, started by one command and stopped by SIGTERM. */
class ServerMainProcessTest {
  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @TempDir Path workingDirectory;

  @Test
  void printsItsAddressServesAndStopsCleanlyOnSigterm() throws Exception {
    try (Server server = Server.start(workingDirectory, Map.of(), "--port", "0", "--store", "memory")) {
      assertThat(server.listening).startsWith(ServerMain.LISTENING + "http://127.0.0.1:")
          .contains("store: memory, lost when the server stops")
          .contains("authentication: none");

      assertThat(server.call("CreateModelPackageGroup", "{\"ModelPackageGroupName\": \"g\"}")
          .status()).isEqualTo(200);

      assertThat(server.stop()).as("exit status after SIGTERM").isEqualTo(143);
      assertThat(server.nextLine()).isEqualTo("Stopped.");
    }
  }

  @Test
  void theDefaultStoreIsAnH2FileThatOutlivesTheServerAndServesOneServerAtATime() throws Exception {
    try (Server first = Server.start(workingDirectory, Map.of(), "--port", "0")) {
      assertThat(first.listening)
          .contains("store: H2 file in " + workingDirectory.resolve("registry-data"));
      assertThat(first.call("CreateModelPackageGroup", "{\"ModelPackageGroupName\": \"kept\"}")
          .status()).isEqualTo(200);
      assertThat(first.stop()).isEqualTo(143);
    }
    try (Server second = Server.start(workingDirectory, Map.of(), "--port", "0")) {
      RawClient.Response described =
          second.call("DescribeModelPackageGroup", "{\"ModelPackageGroupName\": \"kept\"}");
      ChildProcess.Result third = ChildProcess.run(command("--port", "0"), environment(Map.of()),
          workingDirectory);

      assertThat(described.status()).isEqualTo(200);
      assertThat(third.exitCode()).isEqualTo(1);
      assertThat(third.stderr()).contains("open in another process");
    }
  }

  @Test
  void takesAccessKeysFromTheEnvironmentAndThenRefusesUnsignedRequests() throws Exception {
    try (Server server = Server.start(workingDirectory,
        Map.of(ServerCommandLine.ACCESS_KEYS_VARIABLE, "AKIDENV:env-secret"),
        "--port", "0", "--store", "memory")) {
      assertThat(server.listening).contains("AWS Signature Version 4, 1 access key)");

      RawClient.Response unsigned = server.call("ListModelPackageGroups", "{}");

      assertThat(unsigned.status()).isEqualTo(400);
      assertThat(unsigned.json().get("__type").asText())
          .isEqualTo("MissingAuthenticationTokenException");
    }
  }

  @Test
  void aUsageErrorExitsWithStatus2AndTheUsage() {
    ChildProcess.Result result = ChildProcess.run(command("--port", "eighty"),
        environment(Map.of()), workingDirectory);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).contains("--port needs a number").contains("Usage:");
  }

  @Test
  void refusingToStartExitsWithStatus1AndSaysWhy() {
    ChildProcess.Result result = ChildProcess.run(
        command("--bind", "0.0.0.0", "--port", "0", "--store", "memory"), environment(Map.of()),
        workingDirectory);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stderr()).contains("without access keys");
  }

  private static List<String> command(String... arguments) {
    List<String> command = new ArrayList<>(List.of(JAVA, "-cp",
        System.getProperty("java.class.path"), ServerMain.class.getName()));
    command.addAll(List.of(arguments));
    return command;
  }

  private static Map<String, String> environment(Map<String, String> extra) {
    Map<String, String> environment = new HashMap<>(System.getenv());
    environment.remove(ServerCommandLine.ACCESS_KEYS_VARIABLE);
    environment.putAll(extra);
    return environment;
  }

  /** A server process that printed its start-up line; closing kills it if it still runs. */
  private static final class Server implements AutoCloseable {
    private final Process process;
    private final BufferedReader stdout;
    private final String listening;
    private final RawClient client;

    private Server(Process process) throws Exception {
      this.process = process;
      this.stdout = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      this.listening = nextLine();
      if (!listening.startsWith(ServerMain.LISTENING)) {
        throw new AssertionError("the server did not start: " + listening);
      }
      this.client = new RawClient(
          URI.create(listening.substring(ServerMain.LISTENING.length()).split(" ")[0]));
    }

    static Server start(Path workingDirectory, Map<String, String> environment,
        String... arguments) throws Exception {
      ProcessBuilder builder = new ProcessBuilder(command(arguments))
          .directory(workingDirectory.toFile())
          .redirectError(ProcessBuilder.Redirect.DISCARD);
      builder.environment().clear();
      builder.environment().putAll(environment(environment));
      return new Server(builder.start());
    }

    RawClient.Response call(String operation, String body) {
      return client.call(operation, body);
    }

    /** Sends SIGTERM and waits (at most 30 s) for the exit status. */
    int stop() throws InterruptedException {
      process.toHandle().destroy(); // SIGTERM; Process.destroy() would also close stdout
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        throw new AssertionError("the server did not exit within 30 s of SIGTERM");
      }
      return process.exitValue();
    }

    /** Waits (at most 30 s) for the next line the process prints. */
    String nextLine() throws Exception {
      return CompletableFuture.supplyAsync(() -> {
        try {
          return String.valueOf(stdout.readLine());
        } catch (IOException failed) {
          throw new UncheckedIOException(failed);
        }
      }).get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException {
      if (process.isAlive()) {
        process.toHandle().destroy();
        process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
      }
      stdout.close();
    }
  }
}
