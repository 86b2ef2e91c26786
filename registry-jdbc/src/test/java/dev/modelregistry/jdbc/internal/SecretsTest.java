package dev.modelregistry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("passwords are redacted from texts and exception chains")
class SecretsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "jdbc:postgresql://db/models?user=r&password=pw1&ssl=true"
          + "|jdbc:postgresql://db/models?user=r&password=****&ssl=true",
      "jdbc:postgresql://db/models?PassWord=pw1|jdbc:postgresql://db/models?PassWord=****",
      "jdbc:postgresql://db/models?sslpassword=pw1&password=pw2"
          + "|jdbc:postgresql://db/models?sslpassword=****&password=****",
      "jdbc:postgresql://registry:pw1@db:5432/models|jdbc:postgresql://registry:****@db:5432/models",
      "jdbc:h2:file:/data/registry;USER=sa;PASSWORD=pw1;AUTO_SERVER=TRUE"
          + "|jdbc:h2:file:/data/registry;USER=sa;PASSWORD=****;AUTO_SERVER=TRUE",
      "config: password = pw1 user = sa|config: password = **** user = sa",
      "unknown host registry:pw1@127.0.0.1|unknown host registry:****@127.0.0.1",
      "at 10:30 on host:5432, see a@b|at 10:30 on host:5432, see a@b",
      "no secret at all: user=sa;LOCK_TIMEOUT=5|no secret at all: user=sa;LOCK_TIMEOUT=5",
      "jdbc:postgresql://registry:p/w@db/models|jdbc:postgresql://registry:****@db/models",
      "jdbc:postgresql://registry:p@ss@db/models|jdbc:postgresql://registry:****@db/models",
      "host registry:p@ss/w@10.0.0.1 refused|host registry:****@10.0.0.1 refused",
  })
  @DisplayName("in a text")
  void redactsTexts(String text, String redacted) {
    assertThat(Secrets.redact(text)).isEqualTo(redacted);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "jdbc:postgresql://db/models?password=pw1&user=r|jdbc:postgresql://db/models?user=r|password",
      "jdbc:postgresql://db/models?user=r&password=pw1|jdbc:postgresql://db/models?user=r|password",
      "jdbc:postgresql://db/models?password=pw1|jdbc:postgresql://db/models|password",
      "jdbc:postgresql://db/m?user=r&sslpassword=pw1&ssl=true|jdbc:postgresql://db/m?user=r&ssl=true"
          + "|sslpassword",
      "jdbc:h2:file:/r;USER=sa;PASSWORD=pw1;AUTO_SERVER=TRUE|jdbc:h2:file:/r;USER=sa;AUTO_SERVER=TRUE"
          + "|PASSWORD",
  })
  @DisplayName("taken out of a JDBC URL")
  void splitsUrls(String url, String withoutSecrets, String setting) {
    Secrets.SplitUrl split = Secrets.split(url);

    assertThat(split.url()).isEqualTo(withoutSecrets);
    assertThat(split.secrets()).containsExactly(java.util.Map.entry(setting, "pw1"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "jdbc:postgresql://r:pw1@db/models|pw1",
      "jdbc:postgresql://r:p/w1@db/models|p/w1",
      "jdbc:postgresql://r:p@w1@db/models|p@w1",
  })
  @DisplayName("before the host of a JDBC URL: refused, as drivers do not read it")
  void refusesUserInfo(String url, String password) {
    assertThatThrownBy(() -> Secrets.split(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("r:****@db").hasMessageNotContaining(password);
  }

  @Test
  @DisplayName("not mistaken for a user and password in a file path with '@'")
  void keepsFilePathsWithAt() {
    assertThat(Secrets.split("jdbc:h2:file:/data/x@y;USER=sa").url())
        .isEqualTo("jdbc:h2:file:/data/x@y;USER=sa");
  }

  @Test
  @DisplayName("given apart from the URL: masked wherever the text repeats it")
  void masksAKnownPassword() {
    assertThat(Secrets.redact("FATAL: role r with s3cr&t? rejected", "s3cr&t?"))
        .isEqualTo("FATAL: role r with **** rejected");
    assertThat(Secrets.redact("nothing to hide", null)).isEqualTo("nothing to hide");
    assertThat(Secrets.redact("nothing to hide", "")).isEqualTo("nothing to hide");
  }

  @Test
  @DisplayName("in a cause chain, keeping SQL states and error codes, and the chain if clean")
  void redactsCauseChains() {
    SQLException driver = new SQLException("cannot reach jdbc:postgresql://h/db?password=pw1",
        "08001", 7);
    driver.addSuppressed(new IllegalStateException("url h2;PASSWORD=pw2"));
    RuntimeException pool = new RuntimeException("pool failed", driver);

    Throwable redacted = Secrets.redact(pool);

    assertThat(redacted.getMessage()).isEqualTo("java.lang.RuntimeException: pool failed");
    assertThat(redacted.getCause()).isInstanceOf(SQLException.class)
        .hasMessageContaining("password=****").hasMessageNotContaining("pw1");
    assertThat(((SQLException) redacted.getCause()).getSQLState()).isEqualTo("08001");
    assertThat(((SQLException) redacted.getCause()).getErrorCode()).isEqualTo(7);
    assertThat(redacted.getCause().getSuppressed()[0]).hasMessageNotContaining("pw2");
    RuntimeException clean = new RuntimeException("nothing secret", new SQLException("x"));
    assertThat(Secrets.redact(clean)).isSameAs(clean);
  }
}
