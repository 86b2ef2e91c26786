package dev.modelregistry.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelregistry.inmemory.InMemoryRegistryStore;
import dev.modelregistry.server.testing.RawClient;
import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bodies are read as SageMaker reads them: UTF-8 only, each member in its own JSON type (a wrong
 * type is a {@code SerializationException}, never converted), each key once; a missing member, a
 * {@code null} element and an unknown enum value are {@code ValidationException}s in SageMaker's
 * words, naming the member, never a Java type or builder.
 */
class RequestBindingTest {
  private static RegistryServer server;
  private static RawClient client;
  private static String groupArn;

  @BeforeAll
  static void start() {
    server = RegistryServer.builder(new InMemoryRegistryStore())
        .port(0).stopGracePeriod(Duration.ZERO).start();
    client = new RawClient(server.endpoint());
    groupArn = client.call("CreateModelPackageGroup", "{\"ModelPackageGroupName\": \"bind\"}")
        .json().get("ModelPackageGroupArn").asText();
    client.call("CreateModelPackage", "{\"ModelPackageGroupName\": \"bind\"}");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> wrongTypes() {
    return Stream.of(
        Arguments.of("CreateModelPackageGroup", "{\"ModelPackageGroupName\": 123}",
            "'modelPackageGroupName' must be a string, not a number (123)"),
        Arguments.of("CreateModelPackageGroup", "{\"ModelPackageGroupName\": true}",
            "'modelPackageGroupName' must be a string, not a boolean (true)"),
        Arguments.of("CreateModelPackageGroup", "{\"ModelPackageGroupName\": [\"g\"]}",
            "'modelPackageGroupName' must be a string, not an array"),
        Arguments.of("ListModelPackageGroups", "{\"MaxResults\": 1.5}",
            "'maxResults' must be an integer"),
        Arguments.of("ListModelPackageGroups", "{\"MaxResults\": \"5\"}",
            "'maxResults' must be an integer"),
        Arguments.of("ListModelPackageGroups", "{\"MaxResults\": 99999999999}",
            "'maxResults' must be an integer from -2147483648 to 2147483647"),
        Arguments.of("ListModelPackages", "{\"SortBy\": 1}", "'sortBy' must be a string"),
        Arguments.of("ListModelPackages", "{\"CreationTimeAfter\": true}",
            "'creationTimeAfter' must be a timestamp"),
        Arguments.of("CreateModelPackageGroup",
            "{\"ModelPackageGroupName\": \"g\", \"Tags\": [{\"Key\": {\"nested\": 1}, \"Value\": \"v\"}]}",
            "'tags[0].key' must be a string, not an object"),
        Arguments.of("CreateModelPackageGroup", "{\"ModelPackageGroupName\": \"g\", \"Tags\": {}}",
            "'tags' must be an array, not an object"),
        Arguments.of("CreateModelPackage",
            "{\"ModelPackageGroupName\": \"bind\", \"CustomerMetadataProperties\": {\"k\": 1}}",
            "'customerMetadataProperties.k' must be a string, not a number (1)"),
        Arguments.of("CreateModelPackage",
            "{\"ModelPackageGroupName\": \"bind\", \"InferenceSpecification\": \"x\"}",
            "'inferenceSpecification' must be an object, not a string (\"x\")"),
        Arguments.of("AddTags", "{\"ResourceArn\": 5, \"Tags\": []}",
            "'resourceArn' must be a string, not a number (5)"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("wrongTypes")
  @DisplayName("a value of the wrong JSON type is a SerializationException naming the member and its type")
  void aWrongTypeIsASerializationException(String operation, String body, String says) {
    RawClient.Response response = client.call(operation, body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("__type").asText()).isEqualTo("SerializationException");
    assertThat(response.json().get("message").asText()).contains(says);
    assertNamesNoJavaType(response);
  }

  @Test
  @DisplayName("a number where a group name belongs creates no group named after it")
  void aNumberForANameCreatesNothing() {
    client.call("CreateModelPackageGroup", "{\"ModelPackageGroupName\": 123}");

    assertThat(client.call("DescribeModelPackageGroup", "{\"ModelPackageGroupName\": \"123\"}")
        .json().get("__type").asText()).isEqualTo("ResourceNotFound");
  }

  @Test
  @DisplayName("a key given twice is a SerializationException, and the request is not carried out")
  void aDuplicatedKeyIsASerializationException() {
    RawClient.Response response = client.call("CreateModelPackageGroup",
        "{\"ModelPackageGroupName\": \"first\", \"ModelPackageGroupName\": \"second\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("__type").asText()).isEqualTo("SerializationException");
    assertThat(response.json().get("message").asText()).contains("ModelPackageGroupName");
    assertThat(client.call("DescribeModelPackageGroup", "{\"ModelPackageGroupName\": \"second\"}")
        .status()).isEqualTo(400);
  }

  static Stream<Arguments> nullElements() {
    return Stream.of(
        Arguments.of("AddTags", "{\"ResourceArn\": \"%s\", \"Tags\": [null]}", "tags[0]"),
        Arguments.of("DeleteTags", "{\"ResourceArn\": \"%s\", \"TagKeys\": [null]}", "tagKeys[0]"),
        Arguments.of("BatchDescribeModelPackage", "{\"ModelPackageArnList\": [null]}",
            "modelPackageArnList[0]"),
        Arguments.of("CreateModelPackageGroup",
            "{\"ModelPackageGroupName\": \"g\", \"Tags\": [{\"Key\": \"k\", \"Value\": \"v\"}, null]}",
            "tags[1]"),
        Arguments.of("CreateModelPackage",
            "{\"ModelPackageGroupName\": \"bind\", \"CustomerMetadataProperties\": {\"k\": null}}",
            "customerMetadataProperties.k"),
        Arguments.of("CreateModelPackage", "{\"ModelPackageGroupName\": \"bind\","
            + " \"InferenceSpecification\": {\"Containers\": [null]}}",
            "inferenceSpecification.containers[0]"),
        Arguments.of("UpdateModelPackage", "{\"ModelPackageArn\": \"bind/1\","
            + " \"CustomerMetadataPropertiesToRemove\": [null]}",
            "customerMetadataPropertiesToRemove[0]"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("nullElements")
  @DisplayName("a null element of a list or map is a ValidationException naming it, not a 500")
  void aNullElementIsAValidationException(String operation, String body, String path) {
    RawClient.Response response = client.call(operation, body.formatted(groupArn));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("__type").asText()).isEqualTo("ValidationException");
    assertThat(response.json().get("message").asText()).isEqualTo("1 validation error detected: "
        + "Value null at '" + path + "' failed to satisfy constraint: Member must not be null");
  }

  @Test
  @DisplayName("a missing required member is SageMaker's 'Member must not be null', not a builder's message")
  void aMissingRequiredMemberIsNamedAsSageMakerDoes() {
    RawClient.Response group = client.call("CreateModelPackageGroup", "{}");
    RawClient.Response tag = client.call("AddTags",
        "{\"ResourceArn\": \"" + groupArn + "\", \"Tags\": [{\"Key\": \"k\"}]}");

    assertThat(group.json().get("__type").asText()).isEqualTo("ValidationException");
    assertThat(group.json().get("message").asText()).isEqualTo("1 validation error detected: "
        + "Value null at 'modelPackageGroupName' failed to satisfy constraint: "
        + "Member must not be null");
    assertThat(tag.json().get("message").asText()).isEqualTo("1 validation error detected: "
        + "Value null at 'tags[0].value' failed to satisfy constraint: Member must not be null");
    assertNamesNoJavaType(group);
    assertNamesNoJavaType(tag);
  }

  @Test
  @DisplayName("an unknown enum value is a ValidationException listing the allowed values")
  void anUnknownEnumValueIsAValidationException() {
    RawClient.Response response = client.call("UpdateModelPackage",
        "{\"ModelPackageArn\": \"bind/1\", \"ModelApprovalStatus\": \"Maybe\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("__type").asText()).isEqualTo("ValidationException");
    assertThat(response.json().get("message").asText()).isEqualTo("1 validation error detected: "
        + "Value 'Maybe' at 'modelApprovalStatus' failed to satisfy constraint: "
        + "Member must satisfy enum value set: [Approved, Rejected, PendingManualApproval]");
  }

  static Stream<Arguments> notUtf8() {
    String body = "{\"ModelPackageGroupName\": \"encoded\"}";
    return Stream.of(
        Arguments.of("UTF-16 with a byte-order mark", body.getBytes(StandardCharsets.UTF_16)),
        Arguments.of("UTF-16LE without a byte-order mark", body.getBytes(StandardCharsets.UTF_16LE)),
        Arguments.of("UTF-16BE without a byte-order mark", body.getBytes(StandardCharsets.UTF_16BE)),
        Arguments.of("UTF-32", body.getBytes(Charset.forName("UTF-32"))),
        Arguments.of("ISO-8859-1", "{\"ModelPackageGroupName\": \"encod\u00e9\"}"
            .getBytes(StandardCharsets.ISO_8859_1)),
        Arguments.of("an overlong '/'", bytes("{\"ModelPackageGroupName\": \"a", 0xC0, 0xAF, "\"}")),
        Arguments.of("an encoded lone surrogate",
            bytes("{\"ModelPackageGroupName\": \"a", 0xED, 0xA0, 0x80, "\"}")),
        Arguments.of("a byte that is never UTF-8", bytes("{\"ModelPackageGroupName\": \"a", 0xFF, "\"}")),
        Arguments.of("an escaped lone surrogate",
            "{\"ModelPackageGroupName\": \"a\\uD800\"}".getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notUtf8")
  @DisplayName("a body that is not UTF-8 is a SerializationException, and nothing is stored")
  void aBodyThatIsNotUtf8IsRefused(String encoding, byte[] body) {
    RawClient.Response response = client.send(client.request("/")
        .header("X-Amz-Target", "SageMaker.CreateModelPackageGroup")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("__type").asText()).isEqualTo("SerializationException");
    JsonNode groups = client.call("ListModelPackageGroups", "{}").json();
    assertThat(groups.get("ModelPackageGroupSummaryList").findValuesAsText("ModelPackageGroupName"))
        .containsExactly("bind");
  }

  @Test
  @DisplayName("UTF-8 text beyond ASCII, surrogate pairs included, is read")
  void utf8BeyondAsciiIsRead() {
    String description = "caf\u00e9 \uD83D\uDE00";
    RawClient.Response response = client.send(client.request("/")
        .header("X-Amz-Target", "SageMaker.CreateModelPackage")
        .POST(HttpRequest.BodyPublishers.ofByteArray(("{\"ModelPackageGroupName\": \"bind\","
            + " \"ModelPackageDescription\": \"" + description + " \\uD83D\\uDE00\"}")
            .getBytes(StandardCharsets.UTF_8))));

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    String arn = response.json().get("ModelPackageArn").asText();
    assertThat(client.call("DescribeModelPackage", "{\"ModelPackageName\": \"" + arn + "\"}")
        .json().get("ModelPackageDescription").asText())
        .isEqualTo(description + " \uD83D\uDE00");
  }

  private static byte[] bytes(String before, Object... rest) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    for (Object part : rest) {
      if (part instanceof Integer b) {
        out.write(b);
      } else {
        out.writeBytes(part.toString().getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }

  private static void assertNamesNoJavaType(RawClient.Response response) {
    assertThat(response.body()).doesNotContain("java.").doesNotContain("dev.modelregistry")
        .doesNotContain("Immutable").doesNotContain("Cannot build")
        .doesNotContain("Cannot deserialize").doesNotContain("Cannot coerce");
  }
}
