package dev.modelregistry.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelregistry.inmemory.InMemoryRegistryStore;
import dev.modelregistry.server.testing.RawClient;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An error never echoes a caller's value whole: a 2 MiB value in a member (or a 40,000 character
 * key), whether it fails JSON binding (an enum, a number), the registry's validation (a name, a
 * tag) or a look-up (another registry's ARN), comes back as its first 256 characters and
 * "… (N more)".
 */
class HugeValuesInErrorsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HUGE = "x".repeat(2 * 1024 * 1024);
  private static final int MAX_ERROR_BODY = 4 * 1024;

  private static RegistryServer server;
  private static RawClient client;

  @BeforeAll
  static void start() {
    server = RegistryServer.builder(new InMemoryRegistryStore())
        .port(0).maxRequestBytes(8 * 1024 * 1024).stopGracePeriod(Duration.ZERO).start();
    client = new RawClient(server.endpoint());
    client.call("CreateModelPackageGroup", "{\"ModelPackageGroupName\": \"huge\"}");
    client.call("CreateModelPackage", "{\"ModelPackageGroupName\": \"huge\"}");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> hugeValues() {
    String huge = JSON.valueToTree(HUGE).toString();
    // the JSON reader refuses longer names (50,000 characters) without echoing them
    String longKey = JSON.valueToTree(HUGE.substring(0, 40_000)).toString();
    String groupArn = "arn:aws:sagemaker:us-east-1:000000000000:model-package-group/huge";
    return Stream.of(
        Arguments.of("UpdateModelPackage",
            "{\"ModelPackageArn\": \"huge/1\", \"ModelApprovalStatus\": " + huge + "}"),
        Arguments.of("CreateModelPackage",
            "{\"ModelPackageGroupName\": \"huge\", \"ModelApprovalStatus\": " + huge + "}"),
        Arguments.of("ListModelPackages", "{\"SortBy\": " + huge + "}"),
        Arguments.of("ListModelPackageGroups", "{\"SortOrder\": " + huge + "}"),
        Arguments.of("ListModelPackageGroups", "{\"MaxResults\": " + huge + "}"),
        Arguments.of("ListModelPackageGroups", "{\"NextToken\": " + huge + "}"),
        Arguments.of("CreateModelPackageGroup", "{\"ModelPackageGroupName\": " + huge + "}"),
        Arguments.of("CreateModelPackageGroup",
            "{\"ModelPackageGroupName\": \"g\", \"ModelPackageGroupDescription\": " + huge + "}"),
        Arguments.of("AddTags", "{\"ResourceArn\": \"" + groupArn + "\","
            + " \"Tags\": [{\"Key\": " + huge + ", \"Value\": \"v\"}]}"),
        Arguments.of("AddTags", "{\"ResourceArn\": \"" + groupArn + "\","
            + " \"Tags\": [{\"Key\": \"k\", \"Value\": " + huge + "}]}"),
        Arguments.of("DescribeModelPackage", "{\"ModelPackageName\": " + huge + "}"),
        Arguments.of("DescribeModelPackageGroup", "{\"ModelPackageGroupName\": \"arn:"
            + HUGE + ":sagemaker:us-east-1:000000000000:model-package-group/huge\"}"),
        Arguments.of("CreateModelPackage", "{\"ModelPackageGroupName\": \"huge\","
            + " \"CustomerMetadataProperties\": {" + longKey + ": 1}}"),
        Arguments.of("CreateModelPackage", "{\"ModelPackageGroupName\": \"huge\","
            + " \"ModelPackageDescription\": " + huge + "}"),
        Arguments.of("PutModelPackageGroupPolicy",
            "{\"ModelPackageGroupName\": \"huge\", \"ResourcePolicy\": " + huge + "}"),
        Arguments.of("CreateModelPackageGroup", "{\"ModelPackageGroupName\": \"g\", "
            + longKey + ": 1, " + longKey + ": 2}"));
  }

  @ParameterizedTest(name = "{0} {index}")
  @MethodSource("hugeValues")
  void aHugeValueIsCutInTheError(String operation, String body) {
    RawClient.Response response = client.call(operation, body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body().length())
        .as(response.body().substring(0, Math.min(300, response.body().length())))
        .isLessThan(MAX_ERROR_BODY);
    assertThat(response.json().get("message").asText()).as(response.body()).contains("… (");
  }
}
