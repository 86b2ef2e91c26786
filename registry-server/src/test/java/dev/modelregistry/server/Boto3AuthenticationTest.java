package dev.modelregistry.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelregistry.inmemory.InMemoryRegistryStore;
import dev.modelregistry.server.testing.PythonScript;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signature Version 4 as boto3 signs ({@code auth_failures.py}): accepted requests are recorded as
 * the signing key; unsigned, badly signed, stale and other-region or other-service requests are
 * refused with the codes of SageMaker's JSON protocol, which boto3 users catch by name.
 */
class Boto3AuthenticationTest {
  private static final AccessKey FIRST = new AccessKey("AKIDFIRST", "first/secret+1");
  private static final AccessKey SECOND = new AccessKey("AKIDSECOND", "second-secret");

  @TempDir static Path scratch;
  private static RegistryServer server;
  private static JsonNode result;

  @BeforeAll
  static void runScript() {
    server = RegistryServer.builder(new InMemoryRegistryStore())
        .port(0).addAccessKey(FIRST).addAccessKey(SECOND).start();
    result = PythonScript.run("auth_failures.py", server.endpoint(), FIRST, scratch,
        FIRST.id() + ":" + FIRST.secret(), SECOND.id() + ":" + SECOND.secret());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theVerifiedAccessKeyIsTheCallerInCreatedByAndLastModifiedBy() {
    assertThat(result.get("groupCreatedBy").toString())
        .isEqualTo("{\"UserProfileName\":\"AKIDFIRST\"}");
    assertThat(result.get("versionCreatedBy").toString())
        .isEqualTo("{\"UserProfileName\":\"AKIDSECOND\"}");
    assertThat(result.get("versionLastModifiedBy").toString())
        .isEqualTo("{\"UserProfileName\":\"AKIDFIRST\"}");
  }

  @Test
  void aRequestSignedWithAWrongSecretIsRefused() {
    assertError("wrongSecret", "InvalidSignatureException", 400, "does not match");
  }

  @Test
  void aRequestSignedWithAnUnknownKeyIsRefused() {
    assertError("unknownKey", "UnrecognizedClientException", 400, "security token");
  }

  @Test
  void anUnsignedRequestIsRefused() {
    assertError("unsigned", "MissingAuthenticationTokenException", 400, "Authentication Token");
  }

  @Test
  void aRequestSignedMoreThanFifteenMinutesAgoIsRefused() {
    assertError("stale", "InvalidSignatureException", 400, "Signature expired");
  }

  @Test
  void aRequestSignedForAnotherRegionIsRefused() {
    assertError("otherRegion", "InvalidSignatureException", 400, "valid region");
  }

  @Test
  void aRequestSignedForAnotherServiceIsRefused() {
    assertError("otherService", "InvalidSignatureException", 400, "correct service");
  }

  @Test
  void boto3CatchesEachRefusalByItsCode() {
    assertThat(result.get("caughtByName")).hasToString("{\"InvalidSignatureException\":true,"
        + "\"MissingAuthenticationTokenException\":true,\"UnrecognizedClientException\":true}");
  }

  private static void assertError(String name, String code, int status, String message) {
    JsonNode error = result.get(name);
    assertThat(error.get("Code").asText()).as(name).isEqualTo(code);
    assertThat(error.get("HttpStatus").asInt()).as(name).isEqualTo(status);
    assertThat(error.get("Message").asText()).as(name).contains(message);
  }
}
