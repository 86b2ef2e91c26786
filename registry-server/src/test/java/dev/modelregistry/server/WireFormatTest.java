package dev.modelregistry.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelregistry.inmemory.InMemoryRegistryStore;
import dev.modelregistry.server.testing.RawClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Responses carry SageMaker's members exactly: timestamps in epoch seconds, absent ones left out. */
class WireFormatTest {
  private static final Instant NOW = Instant.parse("2026-11-20T09:14:03.512Z");

  private static RegistryServer server;
  private static RawClient client;

  @BeforeAll
  static void start() {
    server = RegistryServer.builder(new InMemoryRegistryStore())
        .port(0).clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .stopGracePeriod(java.time.Duration.ZERO).start();
    client = new RawClient(server.endpoint());
    client.call("CreateModelPackageGroup", "{\"ModelPackageGroupName\": \"wire\"}");
    client.call("CreateModelPackage", "{\"ModelPackageGroupName\": \"wire\"}");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void createResponsesHoldOnlyTheArn() {
    JsonNode group = client.call("CreateModelPackageGroup",
        "{\"ModelPackageGroupName\": \"other\", \"ModelPackageGroupDescription\": \"d\"}").json();

    assertThat(group.toString()).isEqualTo(
        "{\"ModelPackageGroupArn\":\"arn:aws:sagemaker:us-east-1:000000000000:model-package-group/other\"}");
  }

  @Test
  void timestampsAreEpochSecondsWithAFraction() {
    String body = client.call("DescribeModelPackageGroup", "{\"ModelPackageGroupName\": \"wire\"}").body();

    assertThat(body).contains("\"CreationTime\":1795166043.512");
  }

  @Test
  void absentMembersAreOmittedAndEmptyCollectionsInsideValuesToo() {
    JsonNode pkg = client.call("DescribeModelPackage", "{\"ModelPackageName\": \"wire/1\"}").json();

    assertThat(pkg.has("ModelPackageDescription")).isFalse();
    assertThat(pkg.has("LastModifiedTime")).isFalse();
    assertThat(pkg.has("CustomerMetadataProperties")).isFalse();
    assertThat(pkg.has("AdditionalInferenceSpecifications")).isFalse();
    assertThat(pkg.get("ModelPackageVersion").asInt()).isEqualTo(1);
  }

  @Test
  void listsAResponseAlwaysHasAreWrittenEvenWhenEmpty() {
    JsonNode page = client.call("ListModelPackages", "{\"ModelPackageGroupName\": \"none\"}").json();

    assertThat(page.toString()).isEqualTo("{\"ModelPackageSummaryList\":[]}");
  }

  @Test
  void operationsWithoutOutputAnswerAnEmptyObject() {
    client.call("CreateModelPackageGroup", "{\"ModelPackageGroupName\": \"doomed\"}");

    RawClient.Response response =
        client.call("DeleteModelPackageGroup", "{\"ModelPackageGroupName\": \"doomed\"}");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{}");
  }

  @Test
  void unversionedPackagesAreNeverListed() {
    JsonNode page = client.call("ListModelPackages", "{\"ModelPackageType\": \"Unversioned\"}").json();

    assertThat(page.get("ModelPackageSummaryList")).isEmpty();
  }

  @Test
  void describeAnswersTheRevisionOnceEvenWhenItIsTheFirst() {
    String pkg = client.call("DescribeModelPackage", "{\"ModelPackageName\": \"wire/1\"}").body();
    String group =
        client.call("DescribeModelPackageGroup", "{\"ModelPackageGroupName\": \"wire\"}").body();

    assertThat(pkg).containsOnlyOnce("\"Revision\"").contains("\"Revision\":1");
    assertThat(group).containsOnlyOnce("\"Revision\"").contains("\"Revision\":1");
  }

  @Test
  void describeAnswersALaterRevisionOnce() {
    String arn = client.call("CreateModelPackage", "{\"ModelPackageGroupName\": \"wire\"}").json()
        .get("ModelPackageArn").asText();
    client.call("UpdateModelPackage",
        "{\"ModelPackageArn\": \"" + arn + "\", \"ModelApprovalStatus\": \"Approved\"}");

    String pkg = client.call("DescribeModelPackage", "{\"ModelPackageName\": \"" + arn + "\"}").body();

    assertThat(pkg).containsOnlyOnce("\"Revision\"").contains("\"Revision\":2");
  }
}
