package dev.modelregistry.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelregistry.api.ModelRegistryJson;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.UserContext;
import dev.modelregistry.inmemory.InMemoryRegistryStore;
import dev.modelregistry.server.testing.AwsCli;
import dev.modelregistry.server.testing.ChildProcess;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AWS CLI against the server, as the README tells users to run it: {@code aws sagemaker ...
 * --endpoint-url http://127.0.0.1:PORT --region us-east-1}. The tests build on each other (a
 * group, then versions, then their approval), in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AwsCliScenarioTest {
  private static final AccessKey KEY = new AccessKey("AKIDCLI", "cli/secret");
  private static final String SPEC = "{\"Containers\":[{\"Image\":\"serve:1\"}],"
      + "\"SupportedContentTypes\":[\"text/csv\"],\"SupportedResponseMIMETypes\":[\"text/csv\"]}";

  private static final Instant STARTED = Instant.now();

  @TempDir static Path scratch;
  private static RegistryServer server;
  private static AwsCli aws;

  @BeforeAll
  static void start() {
    server = RegistryServer.builder(new InMemoryRegistryStore()).port(0).addAccessKey(KEY).start();
    aws = new AwsCli(server.endpoint(), scratch);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  @Order(1)
  void createsAGroup() {
    JsonNode created = aws.json(KEY, "create-model-package-group",
        "--model-package-group-name", "cli-models",
        "--model-package-group-description", "Registered from the CLI",
        "--tags", "Key=team,Value=ml");

    assertThat(created.get("ModelPackageGroupArn").asText())
        .isEqualTo("arn:aws:sagemaker:us-east-1:000000000000:model-package-group/cli-models");
  }

  @Test
  @Order(2)
  void registersVersionsAndPagesThroughThemWithStartingTokens() {
    for (int i = 0; i < 2; i++) {
      aws.json(KEY, "create-model-package", "--model-package-group-name", "cli-models",
          "--inference-specification", SPEC, "--customer-metadata-properties", "auc=0.9" + i);
    }

    JsonNode first = aws.json(KEY, "list-model-packages",
        "--model-package-group-name", "cli-models", "--max-items", "1");
    JsonNode second = aws.json(KEY, "list-model-packages",
        "--model-package-group-name", "cli-models", "--max-items", "1",
        "--starting-token", first.get("NextToken").asText());

    assertThat(first.at("/ModelPackageSummaryList/0/ModelPackageVersion").asInt()).isEqualTo(1);
    assertThat(second.get("ModelPackageSummaryList")).hasSize(1);
    assertThat(second.at("/ModelPackageSummaryList/0/ModelPackageVersion").asInt()).isEqualTo(2);
    assertThat(second.has("NextToken")).isFalse();
  }

  @Test
  @Order(3)
  void approvesAVersionAndDescribesItInAFormTheLibraryReads() throws Exception {
    String arn = "arn:aws:sagemaker:us-east-1:000000000000:model-package/cli-models/1";
    aws.json(KEY, "update-model-package", "--model-package-arn", arn,
        "--model-approval-status", "Approved", "--approval-description", "signed off");

    JsonNode described = aws.json(KEY, "describe-model-package", "--model-package-name", arn);
    // AWS CLI v1 prints timestamps as epoch seconds, v2 as ISO-8601: the library reads both.
    ModelPackage read =
        ModelRegistryJson.newObjectMapper().treeToValue(described, ModelPackage.class);

    assertThat(read.modelApprovalStatus()).isEqualTo(ModelApprovalStatus.APPROVED);
    assertThat(read.approvalDescription()).contains("signed off");
    assertThat(read.customerMetadataProperties()).containsEntry("auc", "0.90");
    assertThat(read.lastModifiedBy()).contains(UserContext.ofUserProfile(KEY.id()));
    assertThat(read.creationTime()).isBetween(STARTED, Instant.now());
  }

  @Test
  @Order(4)
  void reportsAMissingGroupAsResourceNotFound() {
    ChildProcess.Result result = aws.run(KEY, "describe-model-package-group",
        "--model-package-group-name", "no-such-group");

    assertThat(result.exitCode()).as("v1 exits with 255, v2 with 254").isIn(254, 255);
    assertThat(result.stderr())
        .contains("An error occurred (ResourceNotFound) when calling the DescribeModelPackageGroup operation");
  }

  @Test
  @Order(5)
  void refusesARequestSignedWithAWrongSecret() {
    ChildProcess.Result result =
        aws.run(new AccessKey(KEY.id(), "wrong"), "list-model-package-groups");

    assertThat(result.exitCode()).isIn(254, 255);
    assertThat(result.stderr()).contains("(InvalidSignatureException)");
  }
}
