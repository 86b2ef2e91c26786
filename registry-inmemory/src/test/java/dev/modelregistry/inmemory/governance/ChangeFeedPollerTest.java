package dev.modelregistry.inmemory.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelregistry.api.FieldViolation;
import dev.modelregistry.api.ValidationException;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.core.ChangeFeedPoller;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The poller over a real (in-memory) registry: order, durable positions, failures, threads. */
class ChangeFeedPollerTest {
  private final Fixtures f = new Fixtures();
  private final List<Long> handled = new CopyOnWriteArrayList<>();

  private ChangeFeedPoller poller(int batchSize) {
    return ChangeFeedPoller.builder(f.registry, "deployer", r -> handled.add(r.position()))
        .batchSize(batchSize).build();
  }

  private List<Long> feedPositions() {
    return f.registry.readChangeFeed(0, 1000).stream().map(AuditRecord::position).toList();
  }

  @Test
  @DisplayName("a poll hands over every record in order across batches and saves the last position")
  void pollsEverythingInOrder() {
    f.group("churn");
    for (int i = 0; i < 6; i++) {
      f.register("churn");
    }
    assertThat(poller(2).pollOnce()).isEqualTo(7);
    assertThat(handled).containsExactlyElementsOf(feedPositions());
    assertThat(f.registry.getFeedPosition("deployer")).isEqualTo(handled.get(6));
    assertThat(poller(2).pollOnce()).describedAs("nothing new").isZero();
  }

  @Test
  @DisplayName("a new poller of the same consumer resumes after the saved position, as after a restart")
  void resumesAfterRestart() {
    f.group("churn");
    poller(100).pollOnce();
    f.register("churn");
    f.register("churn");
    ChangeFeedPoller restarted = poller(100);
    assertThat(restarted.pollOnce()).isEqualTo(2);
    assertThat(handled).containsExactlyElementsOf(feedPositions());
  }

  @Test
  @DisplayName("when the handler fails, the records before it count as handled and the failed one comes again")
  void handlerFailureSavesProgress() {
    f.group("churn");
    f.register("churn");
    f.register("churn");
    List<Long> positions = feedPositions();
    List<Long> attempts = new CopyOnWriteArrayList<>();
    ChangeFeedPoller failing = ChangeFeedPoller.builder(f.registry, "deployer", r -> {
      attempts.add(r.position());
      if (r.position() == positions.get(1) && attempts.size() == 2) {
        throw new IllegalStateException("deploy failed");
      }
    }).build();

    assertThatThrownBy(failing::pollOnce)
        .isInstanceOfSatisfying(ChangeFeedPoller.HandlerException.class, e -> {
          assertThat(e.position()).isEqualTo(positions.get(1));
          assertThat(e).hasRootCauseMessage("deploy failed");
        });
    assertThat(f.registry.getFeedPosition("deployer")).isEqualTo(positions.get(0));
    assertThat(failing.pollOnce()).isEqualTo(2);
    assertThat(attempts).containsExactly(positions.get(0), positions.get(1), positions.get(1),
        positions.get(2));
  }

  @Test
  @DisplayName("when the handler throws an Error, the records before it count as handled and the Error comes out as it is")
  void handlerErrorSavesProgress() {
    f.group("churn");
    f.register("churn");
    List<Long> positions = feedPositions();
    AssertionError broken = new AssertionError("handler bug");
    ChangeFeedPoller failing = ChangeFeedPoller.builder(f.registry, "deployer", r -> {
      if (r.position() == positions.get(1)) {
        throw broken;
      }
    }).build();

    assertThatThrownBy(failing::pollOnce).isSameAs(broken);
    assertThat(f.registry.getFeedPosition("deployer")).isEqualTo(positions.get(0));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"AssertionError", "StackOverflowError"})
  @DisplayName("started, the poller survives an Error of the handler, a thrown StackOverflowError too: the next tick delivers the failed record and later ones")
  void startedPollerSurvivesHandlerError(String error) throws Exception {
    f.group("churn");
    AtomicBoolean thrown = new AtomicBoolean();
    CountDownLatch laterRecord = new CountDownLatch(1);
    List<Long> positions = feedPositions();
    try (ChangeFeedPoller started = ChangeFeedPoller.builder(f.registry, "follower", r -> {
      if (thrown.compareAndSet(false, true)) {
        throw error.equals("AssertionError")
            ? new AssertionError("handler bug, once")
            : new StackOverflowError("thrown by the handler, once");
      }
      handled.add(r.position());
      if (r.position() > positions.get(0)) {
        laterRecord.countDown();
      }
    }).build()) {
      started.start(Duration.ofMillis(5));
      f.register("churn");
      assertThat(laterRecord.await(30, TimeUnit.SECONDS))
          .describedAs("a record written after the Error reached the handler").isTrue();
    }
    assertThat(thrown).isTrue();
    assertThat(handled).containsExactlyElementsOf(feedPositions());
  }

  @Test
  @DisplayName("started, the poller follows new changes on its own thread until closed")
  void startedPollerFollows() throws Exception {
    f.group("churn");
    CountDownLatch seenThree = new CountDownLatch(3);
    try (ChangeFeedPoller started = ChangeFeedPoller.builder(f.registry, "follower", r -> {
      handled.add(r.position());
      seenThree.countDown();
    }).build()) {
      started.start(Duration.ofMillis(5));
      f.register("churn");
      f.register("churn");
      assertThat(seenThree.await(30, TimeUnit.SECONDS)).isTrue();
      assertThatThrownBy(() -> started.start(Duration.ofMillis(5)))
          .isInstanceOf(IllegalStateException.class);
    }
    assertThat(handled).containsExactlyElementsOf(feedPositions());
    f.register("churn");
    assertThat(f.registry.getFeedPosition("follower"))
        .describedAs("closed: no more polls").isEqualTo(handled.get(2));
  }

  @Test
  @DisplayName("build() refuses a consumer name that saveFeedPosition would refuse, before any poll")
  void consumerNameRule() {
    for (String bad : List.of("", "a".repeat(257), "deploy\ner", "tab\there", "nul\u0000")) {
      assertThatThrownBy(() -> ChangeFeedPoller.builder(f.registry, bad, r -> { }).build())
          .as("name %s", bad)
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
              .extracting(FieldViolation::path).containsExactly("consumerName"));
      assertThatThrownBy(() -> f.registry.saveFeedPosition(bad, 0))
          .as("the registry's rule for %s", bad).isInstanceOf(ValidationException.class);
    }
    for (String good : List.of("d", "a".repeat(256), "deployer/prod eu-west-1", "dé ploy")) {
      assertThat(ChangeFeedPoller.builder(f.registry, good, r -> { }).build().consumerName())
          .isEqualTo(good);
    }
  }

  @Test
  @DisplayName("the builder refuses batch sizes outside 1..1000")
  void batchSizeBounds() {
    assertThatThrownBy(() -> poller(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> poller(1001)).isInstanceOf(IllegalArgumentException.class);
  }
}
