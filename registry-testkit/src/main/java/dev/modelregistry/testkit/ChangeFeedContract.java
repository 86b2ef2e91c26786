package dev.modelregistry.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.ApprovalDeniedException;
import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.ValidationException;
import dev.modelregistry.api.audit.AuditOperation;
import dev.modelregistry.api.audit.AuditOutcome;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.Tag;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import dev.modelregistry.core.ApprovalPolicies;
import dev.modelregistry.core.ChangeFeedHandler;
import dev.modelregistry.core.ChangeFeedPoller;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The durable change feed: the applied records of the whole registry in position order, read
 * after a position a consumer keeps (and may save in the registry); retention by time; and a
 * consumer polling while many threads write sees every record exactly once, with no gaps; the
 * {@link ChangeFeedPoller} resumes from its saved position and delivers at least once.
 */
public abstract class ChangeFeedContract extends ContractSupport {
  private static final int WRITERS = 8;

  /** Makes a few writes of every kind in two groups. */
  void writeSome() {
    createGroup("churn");
    createGroup("fraud");
    register("churn");
    register("fraud");
    register("churn");
    registry().updateModelPackage(UpdateModelPackageRequest.builder().modelPackageArn("churn/1")
        .modelApprovalStatus(ModelApprovalStatus.APPROVED).build());
    registry().addTags(groupArn("fraud"), List.of(Tag.of("team", "fraud")));
    registry().deleteModelPackage("fraud/1");
  }

  /** Returns the applied records of the groups' trails, merged in position order. */
  List<AuditRecord> appliedTrails(String... groups) {
    return Stream.of(groups).flatMap(group -> appliedTrail(group).stream())
        .sorted(Comparator.comparingLong(AuditRecord::position)).toList();
  }

  @Test
  @DisplayName("the feed holds every applied record of every group, in position order, positions strictly rising")
  void feedInPositionOrder() {
    writeSome();

    List<AuditRecord> feed = feed();

    assertThat(feed).hasSize(8);
    assertRising(feed);
    assertThat(feed).allSatisfy(
        record -> assertThat(record.outcome()).isEqualTo(AuditOutcome.APPLIED));
    assertThat(feed).isEqualTo(appliedTrails("churn", "fraud"));
    assertThat(feed).extracting(AuditRecord::operation).containsExactly(
        AuditOperation.CREATE_MODEL_PACKAGE_GROUP, AuditOperation.CREATE_MODEL_PACKAGE_GROUP,
        AuditOperation.CREATE_MODEL_PACKAGE, AuditOperation.CREATE_MODEL_PACKAGE,
        AuditOperation.CREATE_MODEL_PACKAGE, AuditOperation.UPDATE_MODEL_PACKAGE,
        AuditOperation.ADD_TAGS, AuditOperation.DELETE_MODEL_PACKAGE);
  }

  @Test
  @DisplayName("reading after a record's position returns exactly the later records; maxRecords caps the batch")
  void readsAfterPosition() {
    writeSome();
    List<AuditRecord> feed = feed();

    for (int i = 0; i < feed.size(); i++) {
      assertThat(registry().readChangeFeed(feed.get(i).position(), 1000))
          .as("after record %s", i).isEqualTo(feed.subList(i + 1, feed.size()));
      assertThat(registry().readChangeFeed(feed.get(i).position() - 1, 1).get(0))
          .as("just before record %s", i).isEqualTo(feed.get(i));
    }
    assertThat(registry().readChangeFeed(0, 3)).isEqualTo(feed.subList(0, 3));
    assertThat(registry().readChangeFeed(feed.get(feed.size() - 1).position(), 1000)).isEmpty();
    assertThat(registry().readChangeFeed(Long.MAX_VALUE, 1000)).isEmpty();
  }

  @Test
  @DisplayName("a denied change is in the trail but not in the feed")
  void deniedRecordsStayOutOfTheFeed() {
    createGroup("churn");
    register("churn");
    ModelRegistry guarded = kit().registryWith(ApprovalPolicies.separationOfDuties());
    List<AuditRecord> before = feed();

    Rejections.thrownBy(ApprovalDeniedException.class, () -> guarded.updateModelPackage(
        UpdateModelPackageRequest.builder().modelPackageArn("churn/1")
            .modelApprovalStatus(ModelApprovalStatus.APPROVED).build()));

    assertThat(lastRecord("churn/1").outcome()).isEqualTo(AuditOutcome.DENIED);
    assertThat(feed()).isEqualTo(before);
    register("churn");
    List<AuditRecord> after = feed();
    assertThat(after).hasSize(before.size() + 1);
    assertThat(after.get(after.size() - 1).position())
        .isGreaterThan(lastRecord("churn/1").position());
  }

  @Test
  @DisplayName("a negative position or maxRecords outside 1..1000 is a validation error; 1 and 1000 are fine")
  void validatesFeedReads() {
    writeSome();

    for (int max : List.of(0, -1, 1001)) {
      Rejections.thrownBy(ValidationException.class, () -> registry().readChangeFeed(0, max));
    }
    Rejections.thrownBy(ValidationException.class, () -> registry().readChangeFeed(-1, 10));
    assertThat(registry().readChangeFeed(0, 1)).hasSize(1);
    assertThat(registry().readChangeFeed(0, 1000)).hasSize(8);
  }

  @Test
  @DisplayName("a consumer's saved position reads back (0 if never saved), replaces the earlier one, and is seen by another registry over the store")
  void savesConsumerPositions() {
    assertThat(registry().getFeedPosition("deployer")).isZero();

    registry().saveFeedPosition("deployer", 42);
    registry().saveFeedPosition("auditor", 7);

    assertThat(registry().getFeedPosition("deployer")).isEqualTo(42);
    assertThat(registry().getFeedPosition("auditor")).isEqualTo(7);
    registry().saveFeedPosition("deployer", 40);
    assertThat(registry().getFeedPosition("deployer")).isEqualTo(40);
    assertThat(kit().registryWith(List.of()).getFeedPosition("deployer")).isEqualTo(40);
    assertThat(registry().getFeedPosition("Deployer")).as("names are exact").isZero();
    registry().saveFeedPosition("x".repeat(256), 1);
    assertThat(registry().getFeedPosition("x".repeat(256))).isEqualTo(1);
  }

  @Test
  @DisplayName("consumer names of 0 or 257 characters or with control characters, and negative positions, are validation errors")
  void validatesConsumerPositions() {
    for (String name : List.of("", "x".repeat(257), "tab\tname", "line\nbreak")) {
      Rejections.thrownBy(ValidationException.class, () -> registry().getFeedPosition(name));
      Rejections.thrownBy(ValidationException.class, () -> registry().saveFeedPosition(name, 1));
    }
    Rejections.thrownBy(ValidationException.class,
        () -> registry().saveFeedPosition("deployer", -1));
    assertThat(registry().getFeedPosition("deployer")).isZero();
  }

  @Test
  @DisplayName("pruning deletes the records older than the moment from trail and feed, keeps the rest and returns the count")
  void prunesOlderRecords() {
    createGroup("churn");
    register("churn");
    register("churn");
    Instant cut = clock().advance(Duration.ofDays(30));
    registry().updateModelPackage(UpdateModelPackageRequest.builder().modelPackageArn("churn/1")
        .modelApprovalStatus(ModelApprovalStatus.APPROVED).build());
    tick();
    register("churn");
    List<AuditRecord> kept = feed().subList(3, 5);

    assertThat(registry().pruneAuditLog(cut)).isEqualTo(3);

    assertThat(feed()).isEqualTo(kept);
    assertThat(trail("churn")).isEqualTo(kept);
    assertThat(trail("churn/2")).isEmpty();
    assertThat(registry().pruneAuditLog(cut)).isZero();
    assertThat(registry().readChangeFeed(0, 10)).isEqualTo(kept);
    register("churn");
    assertThat(feed()).hasSize(3);
    assertThat(registry().pruneAuditLog(clock().instant().plusSeconds(1))).isEqualTo(3);
    assertThat(feed()).isEmpty();
  }

  @Test
  @DisplayName("a consumer polling while 8 threads write in 8 groups sees every record exactly once, in position order, without gaps")
  void consumerSeesEveryRecordOnceUnderConcurrentWriters() throws Exception {
    for (int g = 0; g < WRITERS; g++) {
      createGroup("group-" + g);
    }
    AtomicBoolean writersDone = new AtomicBoolean();
    List<AuditRecord> seen = new ArrayList<>();
    try (Race race = Race.of(WRITERS + 1)) {
      List<Future<Integer>> writers = new ArrayList<>();
      for (int g = 0; g < WRITERS; g++) {
        String group = "group-" + g;
        writers.add(race.submit(() -> {
          for (int i = 1; i <= 40; i++) {
            register(group);
            registry().updateModelPackage(UpdateModelPackageRequest.builder()
                .modelPackageArn(group + "/" + i)
                .customerMetadataProperties(Map.of("step", Integer.toString(i))).build());
            if (i % 10 == 0) {
              registry().addTags(groupArn(group), List.of(Tag.of("round", Integer.toString(i))));
            }
          }
          return 40;
        }));
      }
      Future<Integer> consumer = race.submit(() -> {
        long after = 0;
        int polls = 0;
        while (true) {
          boolean last = writersDone.get();
          List<AuditRecord> batch = registry().readChangeFeed(after, 7);
          for (AuditRecord record : batch) {
            seen.add(record);
            after = record.position();
          }
          polls++;
          if (last && batch.isEmpty()) {
            return polls;
          }
          Thread.yield();
        }
      });
      race.start();
      writers.forEach(Race::await);
      writersDone.set(true);
      Race.await(consumer);
    }

    List<AuditRecord> trails = appliedTrails(Stream.iterate(0, g -> g + 1).limit(WRITERS)
        .map(g -> "group-" + g).toArray(String[]::new));
    assertThat(trails).hasSize(WRITERS * (1 + 40 + 40 + 4));
    assertRising(seen);
    Set<Long> positions = new HashSet<>();
    seen.forEach(record -> positions.add(record.position()));
    assertThat(positions).as("no record twice").hasSize(seen.size());
    assertThat(seen).as("what the consumer saw, against the final trails").isEqualTo(trails);
    assertThat(feed()).isEqualTo(trails);
  }

  @Test
  @DisplayName("a poller hands every record to its handler in order, saves the position, and a recreated poller resumes after it")
  void pollerResumesFromSavedPosition() {
    writeSome();
    List<AuditRecord> handled = new ArrayList<>();
    ChangeFeedPoller first = ChangeFeedPoller.builder(registry(), "deployer", handled::add)
        .batchSize(3).build();

    assertThat(first.pollOnce()).isEqualTo(8);
    assertThat(handled).isEqualTo(feed());
    assertThat(registry().getFeedPosition("deployer"))
        .isEqualTo(handled.get(handled.size() - 1).position());
    assertThat(first.pollOnce()).isZero();

    register("churn");
    registry().deleteModelPackage("churn/2");
    handled.clear();
    ChangeFeedPoller second = ChangeFeedPoller.builder(kit().registryWith(List.of()), "deployer",
        handled::add).build();
    assertThat(second.pollOnce()).isEqualTo(2);
    assertThat(handled).extracting(AuditRecord::operation).containsExactly(
        AuditOperation.CREATE_MODEL_PACKAGE, AuditOperation.DELETE_MODEL_PACKAGE);
    assertThat(handled).isEqualTo(feed().subList(8, 10));
    assertThat(registry().getFeedPosition("auditor")).as("other consumers untouched").isZero();
  }

  @Test
  @DisplayName("a handler that fails stops the poll; the records before it stay handled and the failed one comes again: at least once")
  void pollerDeliversAtLeastOnce() {
    writeSome();
    List<AuditRecord> feed = feed();
    List<AuditRecord> handled = new ArrayList<>();
    AtomicBoolean failed = new AtomicBoolean();
    ChangeFeedHandler flaky = record -> {
      if (record.equals(feed.get(4)) && failed.compareAndSet(false, true)) {
        throw new IllegalStateException("deployment service down");
      }
      handled.add(record);
    };

    ChangeFeedPoller.HandlerException error = Rejections.thrownBy(
        ChangeFeedPoller.HandlerException.class,
        () -> ChangeFeedPoller.builder(registry(), "deployer", flaky).batchSize(3).build()
            .pollOnce());

    assertThat(error.position()).isEqualTo(feed.get(4).position());
    assertThat(error).hasRootCauseMessage("deployment service down");
    assertThat(handled).isEqualTo(feed.subList(0, 4));
    assertThat(registry().getFeedPosition("deployer")).isEqualTo(feed.get(3).position());
    ChangeFeedPoller restarted = ChangeFeedPoller.builder(registry(), "deployer", flaky).build();
    assertThat(restarted.pollOnce()).isEqualTo(4);
    assertThat(handled).isEqualTo(feed);
    assertThat(registry().getFeedPosition("deployer"))
        .isEqualTo(feed.get(feed.size() - 1).position());
  }

  @Test
  @DisplayName("a started poller delivers the changes written while it runs, and none written after close()")
  void startedPollerFollowsTheFeed() throws InterruptedException {
    createGroup("churn");
    List<AuditRecord> handled = new CopyOnWriteArrayList<>();
    CountDownLatch approvals = new CountDownLatch(1);
    try (ChangeFeedPoller poller = ChangeFeedPoller.builder(registry(), "deployer", record -> {
      handled.add(record);
      if (record.modelApprovalStatus().equals(Optional.of(ModelApprovalStatus.APPROVED))) {
        approvals.countDown();
      }
    }).build()) {
      poller.start(Duration.ofMillis(5));
      register("churn");
      registry().updateModelPackage(UpdateModelPackageRequest.builder()
          .modelPackageArn("churn/1").modelApprovalStatus(ModelApprovalStatus.APPROVED).build());

      assertThat(approvals.await(Race.TIMEOUT.toSeconds(), TimeUnit.SECONDS))
          .as("the approval reached the handler").isTrue();
    }
    assertThat(handled).isEqualTo(feed());
    long saved = registry().getFeedPosition("deployer");
    assertThat(saved).isEqualTo(handled.get(handled.size() - 1).position());

    // Closed: writes after close() are never delivered. Without sleeping, a witness poller on the
    // same interval shows that ticks went by: it delivers each write only at a tick after it, so
    // once it has delivered three writes made one after the other, a poller still running would
    // have had two ticks after the first of them.
    int handledAtClose = handled.size();
    BlockingQueue<AuditRecord> witnessed = new LinkedBlockingQueue<>();
    try (ChangeFeedPoller witness =
        ChangeFeedPoller.builder(registry(), "witness", witnessed::add).build()) {
      witness.start(Duration.ofMillis(5));
      for (int write = 0; write < 3; write++) {
        ModelPackage written = register("churn");
        awaitHandled(witnessed, written.modelPackageArn());
      }
    }
    assertThat(handled).as("records handled after close()").hasSize(handledAtClose);
    assertThat(registry().getFeedPosition("deployer")).as("position after close()")
        .isEqualTo(saved);
  }

  /** Waits (up to the kit's timeout) until the witness handled a record of {@code arn}. */
  private static void awaitHandled(BlockingQueue<AuditRecord> witnessed, String arn)
      throws InterruptedException {
    long deadline = System.nanoTime() + Race.TIMEOUT.toNanos();
    while (true) {
      AuditRecord record =
          witnessed.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      assertThat(record).as("a record of %s reached the witness", arn).isNotNull();
      if (record.resourceArn().equals(arn)) {
        return;
      }
    }
  }
}
