package dev.modelregistry.jdbc.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.core.ModelRegistries;
import dev.modelregistry.jdbc.JdbcRegistryStore;
import dev.modelregistry.jdbc.testing.PostgresTestServer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("several JVMs sharing one PostgreSQL registry")
class MultiProcessPostgresTest {
  private static final int PROCESSES = 2;
  private static final int THREADS = 4;
  private static final int PER_THREAD = 250;

  @Test
  @DisplayName("2 JVMs x 4 threads x 250 registrations on one group get exactly versions 1..2000")
  void processesShareOneVersionSequence() throws Exception {
    PostgresTestServer server = PostgresTestServer.get();
    String schema = server.newSchema();
    try (JdbcRegistryStore store = JdbcRegistryStore.builder(server.dataSource())
        .schema(schema).build()) {
      ModelRegistries.builder(store).build().createModelPackageGroup(
          CreateModelPackageGroupRequest.builder().modelPackageGroupName("shared").build());
      long started = System.nanoTime();
      List<ChildJvm> children = new java.util.ArrayList<>();
      try {
        for (int p = 0; p < PROCESSES; p++) {
          children.add(ChildJvm.start("register", "pg", server.jdbcUrl(), server.user(),
              server.password(), schema, "shared", Integer.toString(THREADS),
              Integer.toString(PER_THREAD), "small"));
        }
        Map<Integer, String> acked = new HashMap<>();
        for (ChildJvm child : children) {
          assertThat(child.awaitExit(Duration.ofMinutes(3))).isZero();
          assertThat(child.lines()).last().isEqualTo("DONE");
          Map<Integer, String> ofChild = Acks.of(child.lines());
          assertThat(ofChild).hasSize(THREADS * PER_THREAD);
          ofChild.forEach((version, seed) -> assertThat(acked.put(version, seed))
              .as("version %d acknowledged to two processes", version).isNull());
        }
        int total = PROCESSES * THREADS * PER_THREAD;
        assertThat(acked.keySet()).hasSize(total);
        assertThat(Acks.assertCompleteAndContiguous(store, "shared", acked, false)).isEqualTo(total);
        System.out.printf("multi-process: %d JVMs x %d threads registered %d packages in %d ms%n",
            PROCESSES, THREADS, total, (System.nanoTime() - started) / 1_000_000);
      } finally {
        for (ChildJvm child : children) {
          child.close();
        }
      }
    } finally {
      server.dropSchema(schema);
    }
  }
}
