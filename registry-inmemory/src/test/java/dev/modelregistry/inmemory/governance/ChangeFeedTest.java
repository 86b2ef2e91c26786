package dev.modelregistry.inmemory.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelregistry.api.ValidationException;
import dev.modelregistry.api.audit.AuditOperation;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.audit.AuditTrailRequest;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The durable change feed of the in-memory store: order, validation, consumers, retention. */
class ChangeFeedTest {
  private final Fixtures f = new Fixtures();

  @Test
  @DisplayName("the feed returns applied changes of every group in commit order, after a position")
  void feedInOrder() {
    f.group("churn");
    f.group("fraud");
    f.register("fraud");
    f.register("churn");
    List<AuditRecord> feed = f.registry.readChangeFeed(0, 1000);
    assertThat(feed).extracting(r -> r.operation() + " " + r.modelPackageGroupName())
        .containsExactly("CREATE_MODEL_PACKAGE_GROUP churn", "CREATE_MODEL_PACKAGE_GROUP fraud",
            "CREATE_MODEL_PACKAGE fraud", "CREATE_MODEL_PACKAGE churn");
    assertThat(feed).extracting(AuditRecord::position).isSorted();
    assertThat(f.registry.readChangeFeed(feed.get(1).position(), 1))
        .containsExactly(feed.get(2));
    assertThat(f.registry.readChangeFeed(feed.get(3).position(), 10)).isEmpty();
  }

  @Test
  @DisplayName("feed reads and consumer positions are validated")
  void validation() {
    assertThatThrownBy(() -> f.registry.readChangeFeed(-1, 0))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting("path").containsExactly("afterPosition", "maxRecords"));
    assertThatThrownBy(() -> f.registry.readChangeFeed(0, 1001))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> f.registry.getFeedPosition(""))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting("path").containsExactly("consumerName"));
    assertThatThrownBy(() -> f.registry.saveFeedPosition("x".repeat(257), 1))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> f.registry.saveFeedPosition("tab\there", 1))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> f.registry.saveFeedPosition("deployer", -1))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting("path").containsExactly("position"));
  }

  @Test
  @DisplayName("a consumer's position starts at 0 and keeps the last saved value")
  void consumerPositions() {
    assertThat(f.registry.getFeedPosition("deployer")).isZero();
    f.registry.saveFeedPosition("deployer", 42);
    f.registry.saveFeedPosition("deployer", 7);
    f.registry.saveFeedPosition("auditor", 9);
    assertThat(f.registry.getFeedPosition("deployer")).isEqualTo(7);
    assertThat(f.registry.getFeedPosition("auditor")).isEqualTo(9);
  }

  @Test
  @DisplayName("pruning deletes records older than the bound from the trail and the feed alike")
  void prune() {
    f.group("churn");
    f.register("churn");
    f.clock.advance(Duration.ofDays(1));
    f.registry.updateModelPackage(UpdateModelPackageRequest.builder().modelPackageArn("churn/1")
        .modelApprovalStatus(ModelApprovalStatus.APPROVED).build());

    assertThat(f.registry.pruneAuditLog(Fixtures.T0)).isZero();
    assertThat(f.registry.pruneAuditLog(Fixtures.T0.plusNanos(1))).isEqualTo(2);
    assertThat(f.registry.readChangeFeed(0, 100)).extracting(AuditRecord::operation)
        .containsExactly(AuditOperation.UPDATE_MODEL_PACKAGE);
    assertThat(f.registry.getAuditTrail(AuditTrailRequest.of("churn")).items()).hasSize(1);
  }

  @Test
  @DisplayName("a reader following the feed while writers commit in many groups sees every change, in rising positions, with no gap")
  void concurrentWritersLeaveNoGaps() throws Exception {
    int writers = 4;
    int packagesEach = 300;
    for (int w = 0; w < writers; w++) {
      f.group("g" + w);
    }
    ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
    try {
      CountDownLatch start = new CountDownLatch(1);
      AtomicBoolean writing = new AtomicBoolean(true);
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        String group = "g" + w;
        done.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < packagesEach; i++) {
            f.register(group);
          }
          return null;
        }));
      }
      Future<List<AuditRecord>> reader = pool.submit(() -> {
        List<AuditRecord> seen = new ArrayList<>();
        long after = 0;
        start.await();
        while (true) {
          boolean last = !writing.get();
          List<AuditRecord> batch = f.registry.readChangeFeed(after, 50);
          seen.addAll(batch);
          if (!batch.isEmpty()) {
            after = batch.get(batch.size() - 1).position();
          } else if (last) {
            return seen;
          }
        }
      });
      start.countDown();
      for (Future<?> writer : done) {
        writer.get(60, TimeUnit.SECONDS);
      }
      writing.set(false);
      List<AuditRecord> seen = reader.get(60, TimeUnit.SECONDS);

      assertThat(seen).extracting(AuditRecord::position).isSorted().doesNotHaveDuplicates();
      assertThat(seen).containsExactlyElementsOf(allRecords());
      assertThat(seen).filteredOn(r -> r.operation() == AuditOperation.CREATE_MODEL_PACKAGE)
          .hasSize(writers * packagesEach);
    } finally {
      pool.shutdownNow();
    }
  }

  private List<AuditRecord> allRecords() {
    List<AuditRecord> all = new ArrayList<>();
    long after = 0;
    List<AuditRecord> batch;
    do {
      batch = f.registry.readChangeFeed(after, 1000);
      all.addAll(batch);
      if (!batch.isEmpty()) {
        after = batch.get(batch.size() - 1).position();
      }
    } while (!batch.isEmpty());
    // The groups were created before the reader started at position 0; it saw them too.
    return all;
  }
}
