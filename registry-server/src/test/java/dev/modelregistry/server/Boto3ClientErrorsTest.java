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

/** The registry's errors reach boto3 as the exceptions its users catch ({@code client_errors.py}). */
class Boto3ClientErrorsTest {
  private static final AccessKey KEY = new AccessKey("AKIDERRORS", "errors-secret");

  @TempDir static Path scratch;
  private static RegistryServer server;
  private static JsonNode result;

  @BeforeAll
  static void runScript() {
    server = RegistryServer.builder(new InMemoryRegistryStore()).port(0).addAccessKey(KEY).start();
    result = PythonScript.run("client_errors.py", server.endpoint(), KEY, scratch);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void missingGroupsAndVersionsAreCaughtAsResourceNotFound() {
    assertThat(result.get("missingGroupCaughtAs").asText()).isEqualTo("ResourceNotFound");
    assertThat(result.get("missingVersionCaughtAs").asText()).isEqualTo("ResourceNotFound");
  }

  @Test
  void aDuplicateGroupIsAValidationExceptionAsInSageMaker() {
    JsonNode error = result.get("duplicateGroup");
    assertThat(error.get("Code").asText()).isEqualTo("ValidationException");
    assertThat(error.get("Message").asText()).contains("already exists")
        .contains("arn:aws:sagemaker:us-east-1:000000000000:model-package-group/Errors");
  }

  @Test
  void deletingANonEmptyGroupAndReusingAClientTokenAreCaughtAsConflictException() {
    assertThat(result.get("groupNotEmptyCaughtAs").asText()).isEqualTo("ConflictException");
    assertThat(result.get("tokenReusedCaughtAs").asText()).isEqualTo("ConflictException");
  }

  @Test
  void invalidInputIsAValidationExceptionNamingTheField() {
    assertThat(result.get("invalidName").get("Code").asText()).isEqualTo("ValidationException");
    assertThat(result.get("invalidName").get("Message").asText())
        .contains("modelPackageGroupName").contains("not_valid");
    assertThat(result.get("invalidStatus").get("Code").asText()).isEqualTo("ValidationException");
    assertThat(result.get("invalidStatus").get("Message").asText())
        .contains("'Maybe' at 'modelApprovalStatus'")
        .contains("enum value set: [Approved, Rejected, PendingManualApproval]");
    assertThat(result.get("garbageToken").get("Code").asText()).isEqualTo("ValidationException");
    assertThat(result.get("garbageToken").get("HttpStatus").asInt()).isEqualTo(400);
  }
}
