package dev.modelregistry.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelregistry.inmemory.InMemoryRegistryStore;
import dev.modelregistry.server.testing.RawClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Versioned and unversioned packages over raw HTTP, as SageMaker answers: a create of an
 * unversioned package or one naming both a package and a group is refused in the protocol's
 * error form, and {@code ListModelPackages} honours {@code ModelPackageType}.
 */
class PackageKindsOnTheWireTest {
  private static RegistryServer server;
  private static RawClient client;

  @BeforeAll
  static void start() {
    server = RegistryServer.builder(new InMemoryRegistryStore())
        .port(0).stopGracePeriod(Duration.ZERO).start();
    client = new RawClient(server.endpoint());
    for (String group : List.of("churn", "fraud")) {
      client.call("CreateModelPackageGroup", "{\"ModelPackageGroupName\": \"" + group + "\"}");
      client.call("CreateModelPackage", "{\"ModelPackageGroupName\": \"" + group + "\"}");
    }
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  @DisplayName("CreateModelPackage with only ModelPackageName is a ValidationException saying unversioned packages are not supported, naming no Java type")
  void unversionedCreateIsRefused() {
    RawClient.Response response =
        client.call("CreateModelPackage", "{\"ModelPackageName\": \"marketplace-model\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("__type").asText()).isEqualTo("ValidationException");
    assertThat(response.json().get("message").asText())
        .contains("Unversioned model packages are not supported", "ModelPackageGroupName")
        .doesNotContain("Cannot build", "Request", "Immutable", "attributes");
  }

  @Test
  @DisplayName("CreateModelPackage with both ModelPackageName and ModelPackageGroupName is SageMaker's ValidationException and registers nothing")
  void bothNamesAreRefused() {
    RawClient.Response response = client.call("CreateModelPackage",
        "{\"ModelPackageName\": \"churn\", \"ModelPackageGroupName\": \"churn\"}");
    RawClient.Response unknownGroup = client.call("CreateModelPackage",
        "{\"ModelPackageName\": \"nope\", \"ModelPackageGroupName\": \"nope\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("__type").asText()).isEqualTo("ValidationException");
    assertThat(response.json().get("message").asText())
        .contains("Both ModelPackageName and ModelPackageGroupName cannot be specified");
    assertThat(unknownGroup.json().get("__type").asText()).isEqualTo("ValidationException");
    assertThat(versions("{\"ModelPackageGroupName\": \"churn\"}")).containsExactly("churn/1");
  }

  @Test
  @DisplayName("ListModelPackages without a group lists SageMaker's default Unversioned (none here); Versioned and Both list every group's versions")
  void listingHonoursModelPackageType() {
    assertThat(versions("{}")).isEmpty();
    assertThat(versions("{\"ModelPackageType\": \"Unversioned\"}")).isEmpty();
    assertThat(versions("{\"ModelPackageType\": \"Versioned\"}"))
        .containsExactly("churn/1", "fraud/1");
    assertThat(versions("{\"ModelPackageType\": \"Both\"}")).containsExactly("churn/1", "fraud/1");
    assertThat(versions("{\"ModelPackageGroupName\": \"fraud\"}")).containsExactly("fraud/1");
    assertThat(versions("{\"ModelPackageGroupName\": \"fraud\", \"ModelPackageType\": \"Unversioned\"}"))
        .isEmpty();
  }

  @Test
  @DisplayName("an unknown ModelPackageType is a ValidationException naming the allowed values")
  void unknownPackageTypeIsRefused() {
    RawClient.Response response =
        client.call("ListModelPackages", "{\"ModelPackageType\": \"Sometimes\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("__type").asText()).isEqualTo("ValidationException");
    assertThat(response.json().get("message").asText()).contains("Versioned", "Unversioned", "Both");
  }

  private static List<String> versions(String listRequest) {
    RawClient.Response response = client.call("ListModelPackages", listRequest);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    List<String> refs = new ArrayList<>();
    for (JsonNode summary : response.json().get("ModelPackageSummaryList")) {
      refs.add(summary.get("ModelPackageGroupName").asText() + "/"
          + summary.get("ModelPackageVersion").asInt());
    }
    return refs;
  }
}
