package dev.modelregistry.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelregistry.server.AccessKey;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerCommandLineTest {

  @Test
  void withoutArgumentsItServesTheDefaultStoreOnLoopbackPort8080WithoutAuthentication() {
    ServerOptions options = ServerCommandLine.parse(new String[0], Map.of());

    assertThat(options.help()).isFalse();
    assertThat(options.bindAddress()).isEqualTo("127.0.0.1");
    assertThat(options.port()).isEqualTo(8080);
    assertThat(options.store()).as("the default, " + StoreFactory.DEFAULT).isNull();
    assertThat(options.jdbcUrl()).isNull();
    assertThat(options.accessKeys()).isEmpty();
    assertThat(options.allowUnauthenticated()).isFalse();
    assertThat(options.region()).isEqualTo("us-east-1");
    assertThat(options.account()).isEqualTo("000000000000");
    assertThat(options.httpLimits()).isEqualTo(new ServerOptions.HttpLimits(8192, 1024,
        Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(30),
        Duration.ofSeconds(10)));
  }

  @Test
  void readsEveryOption() {
    ServerOptions options = ServerCommandLine.parse(new String[] {
        "--bind", "0.0.0.0", "--port", "0", "--store", "memory", "--allow-unauthenticated",
        "--region", "eu-west-1", "--account", "123456789012", "--threads", "4",
        "--max-request-bytes", "4096", "--max-header-bytes", "16384", "--max-connections", "64",
        "--header-timeout", "3", "--body-timeout", "4", "--idle-timeout", "5",
        "--stop-timeout", "0"}, Map.of());

    assertThat(options).isEqualTo(new ServerOptions(false, "0.0.0.0", 0, "memory", null, null,
        null, java.util.List.of(), true, "eu-west-1", "123456789012", 4, 4096,
        new ServerOptions.HttpLimits(16384, 64, Duration.ofSeconds(3), Duration.ofSeconds(4),
            Duration.ofSeconds(5), Duration.ZERO)));
  }

  @Test
  void aTimeoutOfZeroSecondsIsRefusedExceptForStopping() {
    assertThatThrownBy(() -> ServerCommandLine.parse(
        new String[] {"--header-timeout", "0"}, Map.of()))
        .hasMessage("--header-timeout needs at least 1 seconds, not 0");
  }

  @Test
  void theUsageListsEveryLimitOfTheHttpLayer() {
    assertThat(ServerCommandLine.USAGE).contains("--max-header-bytes", "--max-connections",
        "--header-timeout", "--body-timeout", "--idle-timeout", "--stop-timeout");
  }

  @Test
  void aJdbcUrlTakesItsUserFromAnOptionAndItsPasswordFromTheEnvironment() {
    ServerOptions options = ServerCommandLine.parse(
        new String[] {"--jdbc-url", "jdbc:postgresql://db/models", "--jdbc-user", "registry"},
        Map.of(ServerCommandLine.JDBC_PASSWORD_VARIABLE, "pg-secret"));

    assertThat(options.jdbcUrl()).isEqualTo("jdbc:postgresql://db/models");
    assertThat(options.jdbcUser()).isEqualTo("registry");
    assertThat(options.jdbcPassword()).isEqualTo("pg-secret");
    assertThat(options.toString()).doesNotContain("pg-secret");
  }

  @Test
  void aStoreAndAJdbcUrlExcludeEachOther() {
    assertThatThrownBy(() -> ServerCommandLine.parse(
        new String[] {"--store", "memory", "--jdbc-url", "jdbc:h2:mem:x"}, Map.of()))
        .hasMessage("give --store or --jdbc-url, not both");
    assertThatThrownBy(() -> ServerCommandLine.parse(
        new String[] {"--jdbc-user", "registry"}, Map.of()))
        .hasMessage("--jdbc-user needs --jdbc-url");
    assertThatThrownBy(() -> ServerCommandLine.parse(
        new String[] {"--jdbc-url", "jdbc:h2:mem:x"},
        Map.of(ServerCommandLine.JDBC_PASSWORD_VARIABLE, "pg-secret")))
        .hasMessage(ServerCommandLine.JDBC_PASSWORD_VARIABLE + " needs --jdbc-user");
  }

  @Test
  void accessKeysComeFromRepeatedOptionsAndTheEnvironment() {
    ServerOptions options = ServerCommandLine.parse(
        new String[] {"--access-key", "AKID1:s1", "--access-key", "AKID2:s:2"},
        Map.of(ServerCommandLine.ACCESS_KEYS_VARIABLE, "AKID3:s3, AKID4:s4"));

    assertThat(options.accessKeys()).containsExactly(new AccessKey("AKID1", "s1"),
        new AccessKey("AKID2", "s:2"), new AccessKey("AKID3", "s3"), new AccessKey("AKID4", "s4"));
  }

  @Test
  void helpIsRecognised() {
    assertThat(ServerCommandLine.parse(new String[] {"--help"}, Map.of()).help()).isTrue();
  }

  @Test
  void mistakesAreExplained() {
    assertThatThrownBy(() -> ServerCommandLine.parse(new String[] {"--prot", "1"}, Map.of()))
        .hasMessage("unknown option '--prot'");
    assertThatThrownBy(() -> ServerCommandLine.parse(new String[] {"--port"}, Map.of()))
        .hasMessage("--port needs a value");
    assertThatThrownBy(() -> ServerCommandLine.parse(new String[] {"--port", "x"}, Map.of()))
        .hasMessage("--port needs a number, not 'x'");
  }

  @Test
  void aMalformedKeyIsReportedWithoutRepeatingIt() {
    assertThatThrownBy(() -> ServerCommandLine.parse(
        new String[] {"--access-key", "hunter2-without-colon"}, Map.of()))
        .hasMessageContaining("--access-key").hasMessageNotContaining("hunter2");
  }
}
