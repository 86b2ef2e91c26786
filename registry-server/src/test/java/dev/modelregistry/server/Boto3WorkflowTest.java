package dev.modelregistry.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelregistry.core.spi.RegistryStore;
import dev.modelregistry.inmemory.InMemoryRegistryStore;
import dev.modelregistry.server.testing.PythonScript;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team's workflow through boto3 ({@code registry_workflow.py}): the script runs once against a
 * fresh server, each test checks one behaviour in what it printed. The server runs on the
 * in-memory store here, on H2 in {@link Boto3WorkflowOnH2Test}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Boto3WorkflowTest {
  private static final AccessKey KEY = new AccessKey("AKIDWORKFLOW", "workflow-secret");
  private static final String GROUP_ARN =
      "arn:aws:sagemaker:us-east-1:000000000000:model-package-group/churn";
  private static final String PACKAGE_ARN =
      "arn:aws:sagemaker:us-east-1:000000000000:model-package/churn/";

  private RegistryStore store;
  private RegistryServer server;
  private JsonNode result;

  /** Returns the store the server runs on. */
  RegistryStore openStore(Path directory) {
    return new InMemoryRegistryStore();
  }

  @BeforeAll
  void runWorkflow(@TempDir Path scratch) {
    store = openStore(scratch.resolve("store"));
    server = RegistryServer.builder(store).port(0).addAccessKey(KEY).start();
    result = PythonScript.run("registry_workflow.py", server.endpoint(), KEY, scratch);
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
    if (store instanceof AutoCloseable closeable) {
      closeable.close();
    }
  }

  @Test
  void createGroupReturnsItsArnAndDescribeReturnsTheGroupMembers() {
    assertThat(result.get("groupArn").asText()).isEqualTo(GROUP_ARN);
    JsonNode group = result.get("group");
    assertThat(group.get("ModelPackageGroupName").asText()).isEqualTo("churn");
    assertThat(group.get("ModelPackageGroupArn").asText()).isEqualTo(GROUP_ARN);
    assertThat(group.get("ModelPackageGroupDescription").asText())
        .isEqualTo("Customer churn classifier");
    assertThat(group.get("ModelPackageGroupStatus").asText()).isEqualTo("Completed");
    assertThat(group.get("CreatedBy").get("UserProfileName").asText()).isEqualTo(KEY.id());
    assertThat(group.get("CreationTime").has("datetime"))
        .as("botocore parsed CreationTime as a timestamp").isTrue();
  }

  @Test
  void registeredVersionsAreNumberedOneUpwards() {
    assertThat(texts(result.get("registeredArns")))
        .containsExactly(PACKAGE_ARN + "1", PACKAGE_ARN + "2", PACKAGE_ARN + "3",
            PACKAGE_ARN + "4", PACKAGE_ARN + "5");
  }

  @Test
  void retryWithTheSameClientTokenReturnsTheFirstVersion() {
    assertThat(result.get("retriedArn").asText()).isEqualTo(PACKAGE_ARN + "3");
  }

  @Test
  void describeReturnsTheVersionAsRegistered() {
    JsonNode version = result.get("version3");
    assertThat(version.get("ModelPackageVersion").asInt()).isEqualTo(3);
    assertThat(version.get("ModelPackageName").asText()).isEqualTo("churn");
    assertThat(version.get("ModelPackageDescription").asText()).isEqualTo("week 3");
    assertThat(version.get("ModelApprovalStatus").asText()).isEqualTo("PendingManualApproval");
    assertThat(version.get("ModelPackageStatus").asText()).isEqualTo("Completed");
    assertThat(version.at("/InferenceSpecification/Containers/0/Environment/THREADS").asText())
        .isEqualTo("4");
    assertThat(version.at("/MetadataProperties/CommitId").asText()).isEqualTo("c0ffee3");
    assertThat(version.at("/CustomerMetadataProperties/auc").asText()).isEqualTo("0.93");
    assertThat(version.get("CreationTime").has("datetime")).isTrue();
    assertThat(version.has("LastModifiedTime")).as("absent until the first update").isFalse();
  }

  @Test
  void paginatorsWalkPackagesAndGroupsPageByPage() {
    assertThat(result.get("packagePages").toString()).isEqualTo("[[1,2],[3,4],[5]]");
    assertThat(result.get("groupPages").toString()).isEqualTo("[[\"churn\"],[\"fraud\"]]");
  }

  @Test
  void timestampFiltersSentByTheClientAreApplied() {
    assertThat(result.get("createdAfterAMinuteAgo").asInt()).isEqualTo(5);
    assertThat(result.get("createdBeforeAMinuteAgo").asInt()).isZero();
  }

  @Test
  void approvalIsRecordedWithTheCallerAndFiltersTheList() {
    JsonNode approved = result.get("approved");
    assertThat(approved.get("ModelApprovalStatus").asText()).isEqualTo("Approved");
    assertThat(approved.get("ApprovalDescription").asText()).isEqualTo("AUC above the bar");
    assertThat(approved.get("CustomerMetadataProperties").toString()).isEqualTo("{\"f1\":\"0.8\"}");
    assertThat(approved.get("LastModifiedTime").has("datetime")).isTrue();
    assertThat(approved.get("LastModifiedBy").get("UserProfileName").asText()).isEqualTo(KEY.id());
    assertThat(result.get("approvedVersions").toString()).isEqualTo("[2]");
  }

  @Test
  void batchDescribeReportsFoundVersionsAndMissingOnes() {
    assertThat(result.get("batchFound").toString())
        .isEqualTo("{\"" + PACKAGE_ARN + "1\":1}");
    assertThat(result.get("batchErrors").toString())
        .isEqualTo("{\"" + PACKAGE_ARN + "99\":\"ResourceNotFound\"}");
  }

  @Test
  void aDeletedVersionIsGoneAndItsNumberIsNotReused() {
    assertThat(result.get("deletedDescribeCaughtAs").asText()).isEqualTo("ResourceNotFound");
    assertThat(result.get("afterDeleteArn").asText()).isEqualTo(PACKAGE_ARN + "6");
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
