package dev.modelregistry.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.server.internal.ServerCommandLine;
import dev.modelregistry.server.testing.ChildProcess;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server as its own process, unable to reach its database: it says so and exits with 1,
 * and its password appears nowhere in what it prints (its own message, the pool's and the
 * driver's log lines and exceptions).
 */
@DisplayName("a server that cannot reach its database prints no password")
class ServerSecretsProcessTest {
  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private static final String PASSWORD = "Pw-31c9e2-never-printed";

  @TempDir
  Path workingDirectory;

  @Test
  @DisplayName("with the password in --jdbc-url (password= parameter)")
  void passwordInTheUrl() throws IOException {
    ChildProcess.Result result = start("--jdbc-url", "jdbc:postgresql://127.0.0.1:" + deadPort()
        + "/models?user=registry&password=" + PASSWORD + "&connectTimeout=2");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stderr()).contains("registry-server: ").contains("127.0.0.1");
    assertThat(result.stdout() + result.stderr()).doesNotContain(PASSWORD);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {PASSWORD, "Pw/31c9e2@never/printed"})
  @DisplayName("with the password before the host in --jdbc-url (user:password@)")
  void passwordBeforeTheHost(String password) throws IOException {
    ChildProcess.Result result = start("--jdbc-url",
        "jdbc:postgresql://registry:" + password + "@127.0.0.1:" + deadPort() + "/models");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stdout() + result.stderr()).doesNotContain(password)
        .doesNotContain("never/printed");
  }

  @Test
  @DisplayName("with the password of --jdbc-user in the environment")
  void passwordInTheEnvironment() throws IOException {
    ChildProcess.Result result = start(Map.of(ServerCommandLine.JDBC_PASSWORD_VARIABLE, PASSWORD),
        "--jdbc-url", "jdbc:postgresql://127.0.0.1:" + deadPort() + "/models",
        "--jdbc-user", "registry");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stdout() + result.stderr()).doesNotContain(PASSWORD);
  }

  private ChildProcess.Result start(String... arguments) {
    return start(Map.of(), arguments);
  }

  private ChildProcess.Result start(Map<String, String> extraEnvironment, String... arguments) {
    List<String> command = new ArrayList<>(List.of(JAVA, "-cp",
        System.getProperty("java.class.path"), ServerMain.class.getName(), "--port", "0"));
    command.addAll(List.of(arguments));
    Map<String, String> environment = new HashMap<>(System.getenv());
    environment.remove(ServerCommandLine.ACCESS_KEYS_VARIABLE);
    environment.remove(ServerCommandLine.JDBC_PASSWORD_VARIABLE);
    environment.putAll(extraEnvironment);
    return ChildProcess.run(command, environment, workingDirectory);
  }

  private static int deadPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
