package dev.modelregistry.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelregistry.core.ArnSettings;
import dev.modelregistry.inmemory.InMemoryRegistryStore;
import dev.modelregistry.server.testing.RawClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RegistryServerTest {

  @Test
  void listensOnLoopbackByDefault() {
    try (RegistryServer server = quickServer().port(0).start()) {
      assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
      assertThat(server.endpoint().toString())
          .isEqualTo("http://127.0.0.1:" + server.address().getPort());
      assertThat(server.authenticates()).isFalse();
    }
  }

  @Test
  void refusesToListenBeyondLoopbackWithoutAccessKeys() throws Exception {
    RegistryServer.Builder builder =
        quickServer().port(0).bindAddress(InetAddress.getByName("0.0.0.0"));

    assertThatThrownBy(builder::start)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("without access keys");
  }

  @Test
  void listensBeyondLoopbackWhenUnauthenticatedAccessIsAllowedExplicitly() throws Exception {
    try (RegistryServer server = quickServer().port(0)
        .bindAddress(InetAddress.getByName("0.0.0.0")).allowUnauthenticated(true).start()) {
      assertThat(server.address().getAddress().isAnyLocalAddress()).isTrue();
    }
  }

  @Test
  void listensBeyondLoopbackWithAccessKeys() throws Exception {
    try (RegistryServer server = quickServer().port(0)
        .bindAddress(InetAddress.getByName("0.0.0.0"))
        .addAccessKey(new AccessKey("AKID", "secret")).start()) {
      assertThat(server.authenticates()).isTrue();
    }
  }

  @Test
  void aTakenPortIsReportedAsSuch() {
    try (RegistryServer first = quickServer().port(0).start()) {
      RegistryServer.Builder second = quickServer().port(first.address().getPort());

      assertThatThrownBy(second::start)
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("cannot listen on 127.0.0.1:" + first.address().getPort());
    }
  }

  @Test
  void closeStopsListening() {
    RegistryServer server = quickServer().port(0).start();
    int port = server.address().getPort();

    server.close();

    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(IOException.class);
  }

  @Test
  void arnsUseTheConfiguredRegionAndAccount() {
    try (RegistryServer server = quickServer().port(0)
        .arnSettings(new ArnSettings("aws", "eu-central-1", "123456789012")).start()) {
      RawClient.Response response = new RawClient(server.endpoint())
          .call("CreateModelPackageGroup", "{\"ModelPackageGroupName\": \"g\"}");

      assertThat(response.json().get("ModelPackageGroupArn").asText())
          .isEqualTo("arn:aws:sagemaker:eu-central-1:123456789012:model-package-group/g");
    }
  }

  @Test
  void anAccessKeyGivenTwiceIsAMistake() {
    RegistryServer.Builder builder = quickServer().addAccessKey(new AccessKey("AKID", "a"));

    assertThatThrownBy(() -> builder.addAccessKey(new AccessKey("AKID", "b")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AKID");
  }

  private static RegistryServer.Builder quickServer() {
    return RegistryServer.builder(new InMemoryRegistryStore()).stopGracePeriod(Duration.ZERO);
  }
}
