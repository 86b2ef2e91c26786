package dev.modelregistry.jdbc.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.StorageException;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.core.ModelRegistries;
import dev.modelregistry.jdbc.JdbcRegistryStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two JVMs registering on one H2 file in server mode ({@code AUTO_SERVER=TRUE}); the file's
 * server runs in the JVM that opened it first (this one). Closing a store in either JVM releases
 * that store's pool only: the other JVM's registrations, running all the while, keep succeeding.
 * (Closing ran H2's {@code SHUTDOWN}, which closed the database under every process connected to
 * it.)
 */
@DisplayName("closing a store on an H2 file in server mode leaves the other JVM registering")
class H2ServerModeCloseTest {
  private static final String GROUP = "shared";
  private static final Duration WAIT = Duration.ofMinutes(1);

  @TempDir
  Path directory;

  private String url;

  @BeforeEach
  void url() {
    url = "jdbc:h2:file:" + directory.resolve("registry") + ";AUTO_SERVER=TRUE";
  }

  @Test
  @DisplayName("the connected JVM closes its store; the JVM serving the file keeps registering")
  void connectedJvmCloses() throws Exception {
    try (JdbcRegistryStore store = JdbcRegistryStore.builder(url).build()) {
      ModelRegistry registry = ModelRegistries.builder(store).build();
      registry.createModelPackageGroup(
          CreateModelPackageGroupRequest.builder().modelPackageGroupName(GROUP).build());
      AtomicBoolean otherClosed = new AtomicBoolean();
      AtomicInteger afterClose = new AtomicInteger();
      CompletableFuture<Void> registering = CompletableFuture.runAsync(() -> {
        for (int n = 0; afterClose.get() < 20; n++) {
          registry.createModelPackage(RegistrationChild.request(GROUP, "here-" + n, false));
          if (otherClosed.get()) {
            afterClose.incrementAndGet();
          }
        }
      });
      try (ChildJvm other = ChildJvm.start("shared", url, GROUP)) {
        other.awaitLines(Acks::isAck, 5, WAIT);
        other.send("close");
        assertThat(other.awaitExit(WAIT)).as("exit status; output %s", tail(other)).isZero();
        assertThat(other.lines()).contains("CLOSED");
      }
      otherClosed.set(true);

      registering.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

      assertThat(afterClose).hasValue(20);
      Acks.assertCompleteAndContiguous(store, GROUP, Map.of(), false);
    }
  }

  @Test
  @DisplayName("the JVM serving the file closes its store; the connected JVM keeps registering")
  void servingJvmCloses() throws Exception {
    ChildJvm other;
    try (JdbcRegistryStore store = JdbcRegistryStore.builder(url).build()) {
      ModelRegistries.builder(store).build().createModelPackageGroup(
          CreateModelPackageGroupRequest.builder().modelPackageGroupName(GROUP).build());
      other = ChildJvm.start("shared", url, GROUP);
      other.awaitLines(Acks::isAck, 5, WAIT);
    }
    try (other) {
      int acknowledgedAtClose = Acks.of(other.lines()).size();
      other.awaitLines(Acks::isAck, acknowledgedAtClose + 20, WAIT);
      other.send("close");

      assertThat(other.awaitExit(WAIT)).as("exit status; output %s", tail(other)).isZero();
      assertThat(other.lines()).contains("CLOSED");
    }
  }

  @Test
  @DisplayName("the JVM serving the file closes its store and exits at once; the connected JVM"
      + " takes the file over and keeps registering")
  void servingJvmClosesAndExits() throws Exception {
    try (JdbcRegistryStore creator = JdbcRegistryStore.builder(url).build()) {
      ModelRegistries.builder(creator).build().createModelPackageGroup(
          CreateModelPackageGroupRequest.builder().modelPackageGroupName(GROUP).build());
    }
    Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
    List<String> failures = new CopyOnWriteArrayList<>();
    try (ChildJvm serving = ChildJvm.start("shared", url, GROUP)) {
      serving.awaitLines(Acks::isAck, 5, WAIT);
      try (JdbcRegistryStore store = JdbcRegistryStore.builder(url).maximumPoolSize(4).build()) {
        ModelRegistry registry = ModelRegistries.builder(store).build();
        AtomicBoolean servingGone = new AtomicBoolean();
        AtomicInteger afterExit = new AtomicInteger();
        // two threads, so that the handover finds connections of the pool in use and idle
        List<CompletableFuture<Void>> registering = new ArrayList<>();
        for (int thread = 0; thread < 2; thread++) {
          int t = thread;
          registering.add(CompletableFuture.runAsync(() -> {
            long deadline = System.nanoTime() + WAIT.toNanos();
            for (int n = 0; afterExit.get() < 40 && System.nanoTime() < deadline; n++) {
              String seed = "here-" + t + "-" + n;
              try {
                acknowledged.put(registry.createModelPackage(
                    RegistrationChild.request(GROUP, seed, false)).modelPackageVersion(), seed);
                if (servingGone.get()) {
                  afterExit.incrementAndGet();
                }
              } catch (StorageException handover) {
                failures.add(handover.getMessage());
              }
            }
          }));
        }
        serving.awaitLines(Acks::isAck, Acks.of(serving.lines()).size() + 10, WAIT);
        serving.send("close");
        assertThat(serving.awaitExit(WAIT)).as("exit status; output %s", tail(serving)).isZero();
        servingGone.set(true);
        acknowledged.putAll(Acks.of(serving.lines()));

        CompletableFuture.allOf(registering.toArray(CompletableFuture[]::new))
            .get(2 * WAIT.toMillis(), TimeUnit.MILLISECONDS);

        System.out.printf("handover after the serving JVM exited: %d registrations failed%n",
            failures.size());
        assertThat(afterExit.get()).as("registrations after the serving JVM exited; failures %s",
            failures.subList(Math.max(0, failures.size() - 3), failures.size()))
            .isGreaterThanOrEqualTo(40);
        // a few registrations may fail while the file changes hands, never more than a handful
        assertThat(failures).hasSizeLessThanOrEqualTo(8);
        Acks.assertCompleteAndContiguous(store, GROUP, acknowledged, false);
      }
    }
  }

  private static List<String> tail(ChildJvm child) {
    List<String> lines = child.lines();
    return lines.subList(Math.max(0, lines.size() - 3), lines.size());
  }
}
