package dev.modelregistry.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.StorageException;
import dev.modelregistry.core.spi.RegistryStore;
import dev.modelregistry.inmemory.InMemoryRegistryStore;
import dev.modelregistry.server.testing.RawClient;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests the protocol refuses get its error form with a 4xx, failures a 500 without details. */
class ProtocolErrorsTest {
  private static final int LIMIT = 64 * 1024;

  private static RegistryServer server;
  private static RegistryServer failingServer;
  private static RawClient client;

  @BeforeAll
  static void start() {
    server = RegistryServer.builder(new InMemoryRegistryStore())
        .port(0).maxRequestBytes(LIMIT).stopGracePeriod(java.time.Duration.ZERO).start();
    failingServer = RegistryServer.builder(failingStore())
        .port(0).stopGracePeriod(java.time.Duration.ZERO).start();
    client = new RawClient(server.endpoint());
  }

  @AfterAll
  static void stop() {
    server.close();
    failingServer.close();
  }

  @Test
  void anUnknownOperationIsAnUnknownOperationException() {
    RawClient.Response response = client.call("CreateTrainingJob", "{}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("__type").asText()).isEqualTo("UnknownOperationException");
    assertThat(response.json().get("message").asText())
        .contains("SageMaker.CreateTrainingJob").contains("CreateModelPackageGroup");
  }

  @Test
  void aRequestWithoutTargetIsAnUnknownOperationException() {
    RawClient.Response response =
        client.send(client.request("/").POST(HttpRequest.BodyPublishers.ofString("{}")));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("__type").asText()).isEqualTo("UnknownOperationException");
  }

  @Test
  void malformedJsonIsASerializationException() {
    RawClient.Response response = client.call("ListModelPackageGroups", "{\"MaxResults\": ");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("__type").asText()).isEqualTo("SerializationException");
    assertThat(response.json().get("message").asText()).startsWith("The request body is not valid JSON");
  }

  @Test
  void aBodyThatIsNotAnObjectOrHasTrailingGarbageIsASerializationException() {
    assertThat(client.call("ListModelPackageGroups", "[1, 2]").json().get("__type").asText())
        .isEqualTo("SerializationException");
    assertThat(client.call("ListModelPackageGroups", "{} {}").json().get("__type").asText())
        .isEqualTo("SerializationException");
  }

  @Test
  void aMemberOfTheWrongTypeIsASerializationExceptionNamingItsPath() {
    RawClient.Response response = client.call("CreateModelPackageGroup",
        "{\"ModelPackageGroupName\": \"g\", \"Tags\": [{\"Key\": {\"nested\": 1}}]}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("__type").asText()).isEqualTo("SerializationException");
    assertThat(response.json().get("message").asText())
        .isEqualTo("Value at 'tags[0].key' must be a string, not an object.");
  }

  @Test
  void aMissingRequiredMemberIsAValidationException() {
    RawClient.Response response = client.call("DescribeModelPackageGroup", "{}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("__type").asText()).isEqualTo("ValidationException");
    assertThat(response.json().get("message").asText())
        .contains("'modelPackageGroupName'").contains("must not be null");
  }

  @Test
  void aBodyOverTheLimitIsRefusedWithoutReadingIt() {
    String description = "x".repeat(LIMIT);
    RawClient.Response response = client.call("CreateModelPackageGroup",
        "{\"ModelPackageGroupName\": \"big\", \"ModelPackageGroupDescription\": \"" + description + "\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("__type").asText()).isEqualTo("RequestEntityTooLargeException");
    assertThat(response.json().get("message").asText()).contains(String.valueOf(LIMIT));
  }

  @Test
  void aChunkedBodyOverTheLimitIsRefusedToo() {
    RawClient.Response response = client.callChunked("ListModelPackageGroups",
        ("{\"NameContains\": \"" + "y".repeat(2 * LIMIT) + "\"}").getBytes(StandardCharsets.UTF_8));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("__type").asText()).isEqualTo("RequestEntityTooLargeException");
  }

  @Test
  void otherMethodsAndPathsAreRefused() {
    RawClient.Response get = client.send(client.request("/").GET());
    RawClient.Response otherPath = client.send(client.request("/models")
        .POST(HttpRequest.BodyPublishers.ofString("{}")));

    assertThat(get.status()).isEqualTo(405);
    assertThat(get.json().get("__type").asText()).isEqualTo("UnknownOperationException");
    assertThat(otherPath.status()).isEqualTo(404);
  }

  @Test
  void aStorageFailureIsAnInternalFailureWithoutDetails() {
    RawClient.Response response = new RawClient(failingServer.endpoint())
        .call("DescribeModelPackageGroup", "{\"ModelPackageGroupName\": \"churn\"}");

    assertThat(response.status()).isEqualTo(500);
    assertThat(response.json().get("__type").asText()).isEqualTo("InternalFailure");
    assertThat(response.body()).doesNotContain("disk on fire").doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(response.requestId()).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"assertion-error", "out-of-memory"})
  void anErrorFromTheStoreIsAnsweredAsAnInternalFailure(String group) {
    RawClient.Response response = new RawClient(failingServer.endpoint())
        .call("DescribeModelPackageGroup", "{\"ModelPackageGroupName\": \"" + group + "\"}");

    assertThat(response.status()).isEqualTo(500);
    assertThat(response.json().get("__type").asText()).isEqualTo("InternalFailure");
    assertThat(response.body()).doesNotContain("disk on fire").doesNotContain("Error")
        .doesNotContain("\tat ");
  }

  @Test
  void everyResponseCarriesTheProtocolsContentTypeAndARequestId() {
    RawClient.Response ok = client.call("ListModelPackageGroups", "{}");
    RawClient.Response error = client.call("Nope", "{}");

    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.contentType()).isEqualTo("application/x-amz-json-1.1");
    assertThat(error.contentType()).isEqualTo("application/x-amz-json-1.1");
    assertThat(ok.requestId()).isNotEqualTo(error.requestId()).isNotEmpty();
  }

  private static RegistryStore failingStore() {
    return (RegistryStore) Proxy.newProxyInstance(RegistryStore.class.getClassLoader(),
        new Class<?>[] {RegistryStore.class}, (proxy, method, args) -> {
          List<Object> arguments = args == null ? List.of() : Arrays.asList(args);
          if (arguments.contains("assertion-error")) {
            throw new AssertionError("disk on fire");
          }
          if (arguments.contains("out-of-memory")) {
            throw new OutOfMemoryError("disk on fire");
          }
          throw new StorageException("disk on fire", new IOException("disk on fire"));
        });
  }

}
