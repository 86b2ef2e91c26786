package dev.modelregistry.jdbc.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.core.ModelRegistries;
import dev.modelregistry.jdbc.JdbcRegistryStore;
import dev.modelregistry.jdbc.testing.PostgresTestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a registering JVM with SIGKILL ten times in a row, at a different point each time, and
 * checks after each kill that every acknowledged registration is there, whole, that nothing is
 * half written, and that the next registration gets the next version.
 */
@DisplayName("a registering JVM killed mid-loop loses no acknowledged registration")
class CrashSafetyTest {
  private static final int ROUNDS = 10;

  @TempDir
  Path directory;

  @Test
  @DisplayName("on an H2 file")
  void h2File() throws Exception {
    String dir = directory.toString();
    crashRepeatedly("h2", () -> JdbcRegistryStore.embedded(directory), true,
        "register", "h2", dir);
  }

  @Test
  @DisplayName("on PostgreSQL")
  void postgres() throws Exception {
    PostgresTestServer server = PostgresTestServer.get();
    String schema = server.newSchema();
    try {
      crashRepeatedly("pg", () -> JdbcRegistryStore.builder(server.dataSource()).schema(schema)
              .build(), false,
          "register", "pg", server.jdbcUrl(), server.user(), server.password(), schema);
    } finally {
      server.dropSchema(schema);
    }
  }

  private void crashRepeatedly(String label, Supplier<JdbcRegistryStore> open,
      boolean exclusive, String... childArgs) throws Exception {
    try (JdbcRegistryStore store = open.get()) {
      ModelRegistries.builder(store).build().createModelPackageGroup(
          CreateModelPackageGroupRequest.builder().modelPackageGroupName("crash").build());
    }
    Map<Integer, String> acked = new HashMap<>();
    int unacknowledgedButStored = 0;
    int checked = 0;
    long started = System.nanoTime();
    JdbcRegistryStore shared = exclusive ? null : open.get();
    try {
      for (int round = 1; round <= ROUNDS; round++) {
        String[] args = java.util.Arrays.copyOf(childArgs, childArgs.length + 4);
        args[childArgs.length] = "crash";
        args[childArgs.length + 1] = "2";
        args[childArgs.length + 2] = "1000000";
        args[childArgs.length + 3] = "large";
        int killAfter = 1 + (round * 7) % 23;
        Map<Integer, String> ofRound;
        try (ChildJvm child = ChildJvm.start(args)) {
          child.awaitLines(Acks::isAck, killAfter, Duration.ofMinutes(1));
          child.kill();
          ofRound = Acks.of(child.lines());
          ofRound.forEach((version, seed) -> assertThat(acked.put(version, seed)).isNull());
        }
        JdbcRegistryStore store = exclusive ? open.get() : shared;
        try {
          int stored = Acks.assertCompleteAndContiguous(store, "crash", acked, true, checked);
          ModelRegistry described = ModelRegistries.builder(store).build();
          for (Map.Entry<Integer, String> ack : ofRound.entrySet()) {
            assertThat(described.describeModelPackage("crash/" + ack.getKey())
                .customerMetadataProperties())
                .as("describe crash/%d after kill %d", ack.getKey(), round)
                .isEqualTo(RegistrationChild.metadata(ack.getValue()));
          }
          checked = stored;
          unacknowledgedButStored = stored - acked.size();
          ModelRegistry registry = ModelRegistries.builder(store).build();
          String seed = "parent-" + round;
          int next = registry.createModelPackage(RegistrationChild.request("crash", seed, true))
              .modelPackageVersion();
          assertThat(next).as("next version after kill %d", round).isEqualTo(stored + 1);
          acked.put(next, seed);
        } finally {
          if (exclusive) {
            store.close();
          }
        }
      }
    } finally {
      if (shared != null) {
        shared.close();
      }
    }
    System.out.printf("crash %s: %d kills, %d acknowledged registrations intact, %d stored but"
            + " unacknowledged at the last kill, %d ms%n", label, ROUNDS, acked.size(),
        unacknowledgedButStored, (System.nanoTime() - started) / 1_000_000);
  }
}
