package dev.modelregistry.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.UnixOperatingSystemMXBean;
import dev.modelregistry.inmemory.InMemoryRegistryStore;
import dev.modelregistry.server.testing.RawClient;
import dev.modelregistry.server.testing.RawHttp;
import dev.modelregistry.server.testing.SigV4TestSigner;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Slow and silent clients cannot keep others waiting: with 500 connections sending their headers a
 * byte at a time and 500 that send nothing, an unsigned and a signed client are still answered
 * at once; stopping with a stalled client returns within the stop timeout.
 */
class SlowClientsTest {
  private static final int SLOW = 500;
  private static final int IDLE = 500;
  private static final AccessKey KEY = new AccessKey("AKIDSLOW", "slow-secret");
  /** A ceiling for every request, against hanging; the time measured is printed. */
  private static final Duration CEILING = Duration.ofSeconds(5);

  @Test
  @DisplayName("500 connections dribbling headers and 500 silent ones do not delay other clients")
  void slowAndSilentConnectionsDoNotDelayOtherClients() throws Exception {
    assertEnoughFileDescriptors(2 * (SLOW + IDLE) + 200);
    List<Socket> sockets = new ArrayList<>();
    ScheduledExecutorService dribbler = Executors.newSingleThreadScheduledExecutor();
    try (RegistryServer server = RegistryServer.builder(new InMemoryRegistryStore()).port(0)
        .addAccessKey(KEY).stopGracePeriod(Duration.ZERO).start()) {
      URI endpoint = server.endpoint();
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(CEILING).build();
      SigV4TestSigner signer = new SigV4TestSigner(endpoint, KEY, "us-east-1", Clock.systemUTC());
      // one request of each kind first: what is measured below is waiting, not class loading
      new RawClient(endpoint).call("ListModelPackageGroups", "{}");
      http.send(signer.sign("ListModelPackageGroups", "{}".getBytes(StandardCharsets.UTF_8)),
          HttpResponse.BodyHandlers.ofString());
      for (int i = 0; i < SLOW; i++) {
        Socket socket = connect(endpoint);
        sockets.add(socket);
        write(socket, "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
      }
      List<Socket> slow = List.copyOf(sockets);
      // a byte of header every second on each slow connection, for as long as the test runs
      dribbler.scheduleWithFixedDelay(() -> slow.forEach(socket -> write(socket, "a")),
          1, 1, TimeUnit.SECONDS);
      for (int i = 0; i < IDLE; i++) {
        sockets.add(connect(endpoint));
      }

      // Three tries of each: the second is asserted for the fastest, so one pause of a
      // busy 2-core CI machine cannot fail it, while a server that makes clients wait still does.
      long fastestUnsigned = Long.MAX_VALUE;
      long fastestSigned = Long.MAX_VALUE;
      for (int round = 0; round < 3; round++) {
        long started = System.nanoTime();
        RawClient.Response unsigned = new RawClient(endpoint).call("ListModelPackageGroups", "{}");
        long unsignedNanos = System.nanoTime() - started;
        started = System.nanoTime();
        HttpResponse<String> signed = http.send(signer.sign("CreateModelPackageGroup",
                ("{\"ModelPackageGroupName\": \"beside-slow-clients-" + round + "\"}")
                    .getBytes(StandardCharsets.UTF_8)),
            HttpResponse.BodyHandlers.ofString());
        long signedNanos = System.nanoTime() - started;

        System.out.printf("With %d slow and %d silent connections open: unsigned request answered"
                + " in %d ms, signed request in %d ms%n", SLOW, IDLE, unsignedNanos / 1_000_000,
            signedNanos / 1_000_000);
        assertThat(unsigned.status()).as("unsigned, refused promptly").isEqualTo(400);
        assertThat(unsigned.json().get("__type").asText())
            .isEqualTo("MissingAuthenticationTokenException");
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        assertThat(Duration.ofNanos(unsignedNanos)).isLessThan(CEILING);
        assertThat(Duration.ofNanos(signedNanos)).isLessThan(CEILING);
        fastestUnsigned = Math.min(fastestUnsigned, unsignedNanos);
        fastestSigned = Math.min(fastestSigned, signedNanos);
      }
      assertThat(Duration.ofNanos(fastestUnsigned)).isLessThan(Duration.ofSeconds(1));
      assertThat(Duration.ofNanos(fastestSigned)).isLessThan(Duration.ofSeconds(1));
    } finally {
      dribbler.shutdownNow();
      sockets.forEach(SlowClientsTest::closeQuietly);
    }
  }

  @Test
  @DisplayName("a client whose headers never end is disconnected after the header timeout")
  void headersThatNeverEndAreCutOffAfterTheHeaderTimeout() throws Exception {
    try (RegistryServer server = RegistryServer.builder(new InMemoryRegistryStore()).port(0)
            .headerTimeout(Duration.ofMillis(500)).stopGracePeriod(Duration.ZERO).start();
        Socket socket = connect(server.endpoint())) {
      write(socket, "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
      socket.setSoTimeout((int) CEILING.toMillis());
      // keeps sending, more often than any idle timeout, until the server closes the connection
      long started = System.nanoTime();
      boolean closed = false;
      while (!closed && System.nanoTime() - started < CEILING.toNanos()) {
        try {
          socket.getOutputStream().write('a');
          socket.getOutputStream().flush();
          socket.setSoTimeout(100);
          closed = socket.getInputStream().read() < 0;
        } catch (java.net.SocketTimeoutException stillOpen) {
          // not closed yet
        } catch (IOException reset) {
          closed = true;
        }
      }
      System.out.printf("Headers never ending: connection closed after %d ms (header timeout"
          + " 500 ms)%n", (System.nanoTime() - started) / 1_000_000);
      assertThat(closed).as("closed within " + CEILING).isTrue();
    }
  }

  @Test
  @DisplayName("closing with a client stalled in its body returns within the stop timeout")
  void stoppingWithAStalledClientReturnsWithinTheStopTimeout() throws IOException {
    Duration stopTimeout = Duration.ofSeconds(2);
    RegistryServer server = RegistryServer.builder(new InMemoryRegistryStore()).port(0)
        .stopGracePeriod(stopTimeout).start();
    try (RawHttp stalled = RawHttp.connect(server.endpoint());
        Socket dribbling = connect(server.endpoint())) {
      stalled.send(RawHttp.head("CreateModelPackageGroup", "Content-Length: 100",
          "Expect: 100-continue"));
      assertThat(stalled.readStatusLine()).as("the server reads the body").isEqualTo(100);
      stalled.send("{\"ModelPackageGroupName\": ");
      write(dribbling, "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");

      long started = System.nanoTime();
      server.close();
      Duration took = Duration.ofNanos(System.nanoTime() - started);

      System.out.printf("Stop with a stalled client: close() returned after %d ms (stop timeout"
          + " %d ms)%n", took.toMillis(), stopTimeout.toMillis());
      assertThat(took).isLessThan(stopTimeout.plusMillis(1500));
    }
  }

  private static void assertEnoughFileDescriptors(long needed) {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof UnixOperatingSystemMXBean unix) {
      long free = unix.getMaxFileDescriptorCount() - unix.getOpenFileDescriptorCount();
      assertThat(free).as("free file descriptors (ulimit -n) for " + needed + " sockets")
          .isGreaterThanOrEqualTo(needed);
    }
  }

  private static Socket connect(URI endpoint) {
    try {
      Socket socket = new Socket();
      socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 10_000);
      return socket;
    } catch (IOException failed) {
      throw new java.io.UncheckedIOException(failed);
    }
  }

  private static void write(Socket socket, String text) {
    try {
      OutputStream out = socket.getOutputStream();
      out.write(text.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
    } catch (IOException closedByServer) {
      // the server may close a slow connection; the test is about the others
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing a test connection
    }
  }
}
