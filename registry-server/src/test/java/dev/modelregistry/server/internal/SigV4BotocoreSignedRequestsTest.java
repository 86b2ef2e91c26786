package dev.modelregistry.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelregistry.server.AccessKey;
import dev.modelregistry.server.testing.PythonScript;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verifier accepts what botocore's own signer produces ({@code sign_requests.py}: a SageMaker
 * call, an empty body, non-ASCII body and a header with inner spaces, a query in any order with an
 * encoded path) and refuses each of them with one byte of the body changed.
 */
class SigV4BotocoreSignedRequestsTest {
  private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

  @TempDir static Path scratch;
  private static JsonNode signed;

  @BeforeAll
  static void signWithBotocore() {
    signed = PythonScript.run("sign_requests.py", URI.create("http://127.0.0.1:1"),
        new AccessKey("unused", "unused"), scratch);
  }

  @TestFactory
  Stream<DynamicTest> botocoreSignaturesVerify() {
    List<DynamicTest> tests = new ArrayList<>();
    signed.forEach(entry -> tests.add(DynamicTest.dynamicTest(entry.get("name").asText(),
        () -> assertThat(verifier(entry).verify(request(entry, false)))
            .isEqualTo(entry.get("accessKey").asText()))));
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> botocoreSignaturesOverAnotherBodyAreRefused() {
    List<DynamicTest> tests = new ArrayList<>();
    signed.forEach(entry -> tests.add(DynamicTest.dynamicTest(entry.get("name").asText(),
        () -> assertThatThrownBy(() -> verifier(entry).verify(request(entry, true)))
            .isInstanceOfSatisfying(ProtocolException.class, refused ->
                assertThat(refused.error().code()).isEqualTo("InvalidSignatureException")))));
    return tests.stream();
  }

  private static SigV4Verifier verifier(JsonNode entry) {
    Instant signedAt = LocalDateTime.parse(entry.at("/headers/X-Amz-Date").asText(), AMZ_DATE)
        .toInstant(ZoneOffset.UTC);
    return new SigV4Verifier(
        Map.of(entry.get("accessKey").asText(), entry.get("secretKey").asText()),
        entry.get("region").asText(), entry.get("service").asText(), Clock.fixed(signedAt, ZoneOffset.UTC));
  }

  private static IncomingRequest request(JsonNode entry, boolean tamper) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    entry.get("headers").properties().forEach(
        header -> headers.put(header.getKey(), List.of(header.getValue().asText())));
    byte[] body = Base64.getDecoder().decode(entry.get("body").asText());
    if (tamper) {
      body = body.length == 0 ? new byte[] {' '} : body.clone();
      body[0] ^= 1;
    }
    return new IncomingRequest(entry.get("method").asText(), entry.get("rawPath").asText(),
        entry.get("rawQuery").asText(), headers, body);
  }
}
