package dev.modelregistry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import dev.modelregistry.core.ModelRegistries;
import dev.modelregistry.jdbc.testing.PostgresTestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Readers polling the feed while several threads write to different groups never skip a
 * record: each reader's records, read page by page after the last position it saw, are exactly
 * the final feed, in order. On PostgreSQL writers do not serialize, commits land out of
 * insertion order, and two readers sequence the log concurrently.
 */
@DisplayName("feed readers polling during concurrent writes")
class FeedOrderTest {
  private static final int WRITERS = 4;
  private static final int PER_WRITER = 120;
  private static final int READERS = 2;

  @Test
  @DisplayName("on PostgreSQL, 4 writers on 4 groups and 2 polling readers: no reader skips a record")
  void postgres() throws Exception {
    PostgresTestServer server = PostgresTestServer.get();
    String schema = server.newSchema();
    try (JdbcRegistryStore store = JdbcRegistryStore.builder(server.dataSource())
        .schema(schema).build()) {
      run(ModelRegistries.builder(store).build(), "pg");
    } finally {
      server.dropSchema(schema);
    }
  }

  @Test
  @DisplayName("on H2 in memory, 4 writers on 4 groups and 2 polling readers: no reader skips a record")
  void h2() throws Exception {
    try (JdbcRegistryStore store = JdbcRegistryStore.inMemory()) {
      run(ModelRegistries.builder(store).build(), "h2");
    }
  }

  private static void run(ModelRegistry registry, String label) throws Exception {
    for (int w = 0; w < WRITERS; w++) {
      registry.createModelPackageGroup(CreateModelPackageGroupRequest.builder()
          .modelPackageGroupName("group-" + w).build());
    }
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);
    AtomicBoolean writing = new AtomicBoolean(true);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<AuditRecord>>> readers = new ArrayList<>();
      for (int r = 0; r < READERS; r++) {
        readers.add(pool.submit(() -> {
          start.await();
          List<AuditRecord> seen = new ArrayList<>();
          long after = 0;
          boolean last = false;
          while (true) {
            // One more full pass after the writers stopped, to read what they left.
            boolean stopping = !writing.get();
            List<AuditRecord> page = registry.readChangeFeed(after, 7);
            seen.addAll(page);
            if (!page.isEmpty()) {
              after = page.get(page.size() - 1).position();
            } else if (last) {
              return seen;
            } else if (stopping) {
              last = true;
            }
          }
        }));
      }
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        String group = "group-" + w;
        writers.add(pool.submit(() -> {
          start.await();
          for (int n = 0; n < PER_WRITER; n++) {
            int version = registry.createModelPackage(CreateModelPackageRequest.builder()
                .modelPackageGroupName(group).build()).modelPackageVersion();
            if (n % 2 == 0) {
              registry.updateModelPackage(UpdateModelPackageRequest.builder()
                  .modelPackageArn(group + "/" + version)
                  .modelApprovalStatus(ModelApprovalStatus.APPROVED).build());
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> writer : writers) {
        writer.get();
      }
      writing.set(false);
      List<AuditRecord> feed = new ArrayList<>();
      long after = 0;
      for (List<AuditRecord> page; !(page = registry.readChangeFeed(after, 1000)).isEmpty(); ) {
        feed.addAll(page);
        after = page.get(page.size() - 1).position();
      }
      assertThat(feed).hasSize(WRITERS + WRITERS * (PER_WRITER + PER_WRITER / 2));
      for (Future<List<AuditRecord>> reader : readers) {
        List<AuditRecord> seen = reader.get();
        assertThat(seen).extracting(AuditRecord::position)
            .containsExactlyElementsOf(feed.stream().map(AuditRecord::position).toList());
        assertThat(seen).isEqualTo(feed);
      }
      System.out.printf("feed order %s: %d writers wrote %d records while %d readers polled;"
              + " every reader saw all of them in order, %d ms%n", label, WRITERS, feed.size(),
          READERS, (System.nanoTime() - started) / 1_000_000);
    } finally {
      pool.shutdownNow();
    }
  }
}
