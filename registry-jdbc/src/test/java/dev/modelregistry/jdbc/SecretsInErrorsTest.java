package dev.modelregistry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.modelregistry.api.StorageException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A store that cannot reach its database says so without the database password: not in its
 * message, not in the messages of its causes (the driver's and the pool's), not in its stack
 * trace as printed.
 */
@DisplayName("a store that cannot reach its database keeps the password out of its errors")
class SecretsInErrorsTest {
  private static final String PASSWORD = "Pw-7f3a9c-not-for-logs";

  @Test
  @DisplayName("a PostgreSQL URL with password= to a port nobody listens on")
  void passwordParameter() throws IOException {
    String url = "jdbc:postgresql://127.0.0.1:" + deadPort() + "/models?user=registry&password="
        + PASSWORD + "&connectTimeout=2";

    Throwable failure = catchThrowable(() -> JdbcRegistryStore.builder(url).build());

    assertThat(failure).isInstanceOf(StorageException.class)
        .hasMessageContaining("127.0.0.1").hasMessageContaining("password=****");
    assertThat(printed(failure)).doesNotContain(PASSWORD);
  }

  @Test
  @DisplayName("a PostgreSQL URL with user:password@ before the host")
  void userInfo() throws IOException {
    String url = "jdbc:postgresql://registry:" + PASSWORD + "@127.0.0.1:" + deadPort() + "/models";

    Throwable failure = catchThrowable(() -> JdbcRegistryStore.builder(url).build());

    assertThat(failure).isInstanceOf(StorageException.class);
    assertThat(printed(failure)).doesNotContain(PASSWORD);
  }

  @Test
  @DisplayName("an H2 URL with ;PASSWORD= that H2 refuses")
  void h2Password() {
    String url = "jdbc:h2:mem:secret-test;PASSWORD=" + PASSWORD + ";NO_SUCH_SETTING=1";

    Throwable failure = catchThrowable(() -> JdbcRegistryStore.builder(url).build());

    assertThat(failure).isInstanceOf(StorageException.class);
    assertThat(printed(failure)).doesNotContain(PASSWORD);
  }

  private static String printed(Throwable failure) {
    StringWriter text = new StringWriter();
    failure.printStackTrace(new PrintWriter(text, true));
    return text.toString();
  }

  private static int deadPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
