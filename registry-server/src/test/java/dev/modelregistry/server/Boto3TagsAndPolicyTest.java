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

/** Group tags, refused version tags and the group policy through boto3 ({@code tags_and_policy.py}). */
class Boto3TagsAndPolicyTest {
  private static final AccessKey KEY = new AccessKey("AKIDTAGS", "tags-secret");
  private static final String GROUP_ARN =
      "arn:aws:sagemaker:us-east-1:000000000000:model-package-group/tagged";

  @TempDir static Path scratch;
  private static RegistryServer server;
  private static JsonNode result;

  @BeforeAll
  static void runScript() {
    server = RegistryServer.builder(new InMemoryRegistryStore()).port(0).addAccessKey(KEY).start();
    result = PythonScript.run("tags_and_policy.py", server.endpoint(), KEY, scratch);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void addTagsReturnsAllTagsOfTheGroupWithOverwrittenValuesInPlace() {
    assertThat(result.get("addTags").toString()).isEqualTo(
        "[{\"Key\":\"team\",\"Value\":\"fraud\"},{\"Key\":\"cost-center\",\"Value\":\"42\"}]");
  }

  @Test
  void deletedTagsAreGoneFromTheListTagsPaginator() {
    assertThat(result.get("listTags").toString())
        .isEqualTo("[{\"Key\":\"team\",\"Value\":\"fraud\"}]");
  }

  @Test
  void taggingAVersionIsRefusedWithAdviceToTagTheGroup() {
    JsonNode error = result.get("tagVersion");
    assertThat(error.get("Code").asText()).isEqualTo("ValidationException");
    assertThat(error.get("HttpStatus").asInt()).isEqualTo(400);
    assertThat(error.get("Message").asText()).contains("tag the model package group")
        .contains("customer metadata properties");
    assertThat(result.get("createVersionWithTags").get("Code").asText())
        .isEqualTo("ValidationException");
  }

  @Test
  void tooManyTagsIsCaughtAsResourceLimitExceeded() {
    assertThat(result.get("tooManyTagsCaughtAs").asText()).isEqualTo("ResourceLimitExceeded");
  }

  @Test
  void aPolicyIsPutReadBackAndDeleted() {
    assertThat(result.get("putPolicy").asText()).isEqualTo(GROUP_ARN);
    assertThat(result.get("policyRoundTrips").asBoolean()).isTrue();
    assertThat(result.get("deletedPolicyCaughtAs").asText()).isEqualTo("ResourceNotFound");
  }
}
