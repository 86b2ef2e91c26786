package dev.modelregistry.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.inmemory.InMemoryRegistryStore;
import dev.modelregistry.server.testing.CapturedLog;
import dev.modelregistry.server.testing.RawClient;
import dev.modelregistry.server.testing.RawHttp;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Requests broken at the HTTP level, written byte by byte on a socket: each is the client's
 * fault, so it gets a 4xx in the protocol's error form where an answer can still be sent, and
 * the server logs it in one line without a stack trace; never a 5xx.
 */
class TransportErrorsTest {
  private static final String BODY = "{\"ModelPackageGroupName\": \"g\"}";

  private static RegistryServer server;
  private CapturedLog log;

  @BeforeAll
  static void start() {
    server = RegistryServer.builder(new InMemoryRegistryStore()).port(0)
        .bodyTimeout(Duration.ofSeconds(1)).stopGracePeriod(Duration.ZERO).start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void captureLog() {
    log = CapturedLog.start();
  }

  @AfterEach
  void releaseLog() {
    log.close();
  }

  @Test
  @DisplayName("a malformed chunk size is a 400 MalformedHttpRequestException, logged in one line")
  void aMalformedChunkedBodyIsA400() {
    try (RawHttp http = RawHttp.connect(server.endpoint())) {
      RawHttp.Response response = http.send(RawHttp.head("ListModelPackageGroups",
          "Transfer-Encoding: chunked") + "zz\r\n{}\r\n0\r\n\r\n").read();

      assertClientError(response, 400, "MalformedHttpRequestException");
    }
    assertLoggedInOneLineWithoutTrace();
  }

  @Test
  @DisplayName("a chunked body cut off by the client is a 400 RequestAbortedException")
  void anAbortedChunkedBodyIsA400() {
    try (RawHttp http = RawHttp.connect(server.endpoint())) {
      RawHttp.Response response = http.send(RawHttp.head("CreateModelPackageGroup",
          "Transfer-Encoding: chunked") + "10\r\n{\"ModelPackage").endOutput().read();

      assertClientError(response, 400, "RequestAbortedException");
    }
    assertLoggedInOneLineWithoutTrace();
  }

  @Test
  @DisplayName("a body shorter than its Content-Length, then the end of the stream, is a 400")
  void aBodyShorterThanItsLengthIsA400() {
    try (RawHttp http = RawHttp.connect(server.endpoint())) {
      RawHttp.Response response = http.send(RawHttp.head("CreateModelPackageGroup",
          "Content-Length: " + (BODY.length() + 40)) + BODY).endOutput().read();

      assertClientError(response, 400, "RequestAbortedException");
    }
    assertLoggedInOneLineWithoutTrace();
  }

  @Test
  @DisplayName("a body that stops arriving is a 408 RequestTimeoutException after the body timeout")
  void aStalledBodyIsA408() {
    try (RawHttp http = RawHttp.connect(server.endpoint())) {
      RawHttp.Response response = http.send(RawHttp.head("CreateModelPackageGroup",
          "Content-Length: " + (BODY.length() + 40)) + BODY).read();

      assertClientError(response, 408, "RequestTimeoutException");
      assertThat(response.headers()).containsEntry("connection", "close");
    }
    assertLoggedInOneLineWithoutTrace();
  }

  @Test
  @DisplayName("a client that closes mid-body is logged in one line, and the server serves on")
  void aClientClosingMidBodyLeavesNoTrace() {
    try (RawHttp http = RawHttp.connect(server.endpoint())) {
      http.send(RawHttp.head("CreateModelPackageGroup",
          "Content-Length: " + (BODY.length() + 40)) + BODY);
    }
    RawClient.Response next = new RawClient(server.endpoint()).call("ListModelPackageGroups", "{}");

    assertThat(next.status()).isEqualTo(200);
    assertNoTraceOrWarning();
  }

  @Test
  @DisplayName("a request line of 64 KiB is answered 414 in the protocol's error form")
  void aRequestLineOf64KiBIs414() {
    try (RawHttp http = RawHttp.connect(server.endpoint())) {
      RawHttp.Response response = http.send("POST /?" + "q".repeat(64 * 1024)
          + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n\r\n{}").read();

      assertClientError(response, 414, "RequestUriTooLongException");
    }
    assertNoTraceOrWarning();
  }

  @Test
  @DisplayName("a header of 64 KiB is answered 431 in the protocol's error form")
  void aHeaderOf64KiBIs431() {
    try (RawHttp http = RawHttp.connect(server.endpoint())) {
      RawHttp.Response response = http.send(RawHttp.head("ListModelPackageGroups",
          "X-Padding: " + "p".repeat(64 * 1024), "Content-Length: 2") + "{}").read();

      assertClientError(response, 431, "RequestHeaderFieldsTooLargeException");
    }
    assertNoTraceOrWarning();
  }

  @Test
  @DisplayName("a request line that is not HTTP is a 400 in the protocol's error form")
  void garbageIsA400() {
    try (RawHttp http = RawHttp.connect(server.endpoint())) {
      RawHttp.Response response = http.send("NOT HTTP AT ALL\r\n\r\n").read();

      assertClientError(response, 400, "MalformedHttpRequestException");
    }
    assertNoTraceOrWarning();
  }

  private static void assertClientError(RawHttp.Response response, int status, String code) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.headers()).containsEntry("content-type", "application/x-amz-json-1.1")
        .containsKey("x-amzn-requestid");
    assertThat(response.json().get("__type").asText()).isEqualTo(code);
    assertThat(response.json().get("message").asText()).isNotBlank()
        .doesNotContain("Exception:").doesNotContain("\tat ");
  }

  private void assertLoggedInOneLineWithoutTrace() {
    assertNoTraceOrWarning();
    assertThat(log.records()).as("the refusal is logged")
        .anyMatch(logRecord -> String.valueOf(logRecord.getMessage()).contains("refused"));
  }

  private void assertNoTraceOrWarning() {
    List<LogRecord> records = log.records();
    assertThat(records).as("log records with a stack trace")
        .noneMatch(logRecord -> logRecord.getThrown() != null);
    assertThat(records).as("log records of WARNING or SEVERE")
        .noneMatch(logRecord -> logRecord.getLevel().intValue() >= Level.WARNING.intValue());
    assertThat(records).as("every record is one line")
        .allMatch(logRecord -> !String.valueOf(logRecord.getMessage()).contains("\n"));
  }
}
