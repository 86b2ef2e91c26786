package dev.modelregistry.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelregistry.api.ModelRegistryListener;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageChangeType;
import dev.modelregistry.api.model.ModelPackageStateChangeEvent;
import dev.modelregistry.api.model.ModelPackageStatus;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What reaches listeners, the log and the caller when listeners fail. */
class ListenerNotifierTest {
  private static final ModelPackageStateChangeEvent EVENT = ModelPackageStateChangeEvent.builder()
      .eventId("e-1")
      .eventTime(Instant.parse("2026-11-20T09:14:03.512Z"))
      .addChangeTypes(ModelPackageChangeType.CREATED)
      .modelPackage(ModelPackage.builder()
          .modelPackageGroupName("churn")
          .modelPackageVersion(1)
          .modelPackageArn("arn:aws:sagemaker:us-east-1:000000000000:model-package/churn/1")
          .creationTime(Instant.parse("2026-11-20T09:14:03.512Z"))
          .modelPackageStatus(ModelPackageStatus.COMPLETED)
          .modelApprovalStatus(ModelApprovalStatus.PENDING_MANUAL_APPROVAL)
          .build())
      .build();

  private final Logger julLogger = Logger.getLogger(ListenerNotifier.class.getName());
  private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      logged.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private final List<String> told = new ArrayList<>();

  @BeforeEach
  void captureLog() {
    julLogger.addHandler(capture);
  }

  @AfterEach
  void releaseLog() {
    julLogger.removeHandler(capture);
  }

  @Test
  @DisplayName("listeners throwing a sneaky IOException, an AssertionError and a StackOverflowError are logged by class, and the listener after them is told")
  void everyListenerIsToldAndEachFailureLogged() {
    ListenerNotifier notifier = new ListenerNotifier(List.of(
        new SneakyIoListener(), new AssertingListener(), new OverflowingListener(),
        event -> told.add(event.eventId())));

    notifier.publish(EVENT);

    assertThat(told).containsExactly("e-1");
    assertThat(logged).allSatisfy(r -> assertThat(r.getLevel()).isEqualTo(Level.WARNING));
    assertThat(logged).extracting(LogRecord::getMessage).satisfiesExactly(
        m -> assertThat(m).contains(SneakyIoListener.class.getName(), "e-1",
            EVENT.modelPackage().modelPackageArn()),
        m -> assertThat(m).contains(AssertingListener.class.getName()),
        m -> assertThat(m).contains(OverflowingListener.class.getName()));
    assertThat(logged).extracting(LogRecord::getThrown).satisfiesExactly(
        t -> assertThat(t).isInstanceOf(IOException.class),
        t -> assertThat(t).isInstanceOf(AssertionError.class),
        t -> assertThat(t).isInstanceOf(StackOverflowError.class));
  }

  @Test
  @DisplayName("an OutOfMemoryError of a listener propagates, after the listeners following it were told")
  void jvmFailurePropagatesAfterTheOthers() {
    OutOfMemoryError outOfMemory = new OutOfMemoryError("injected");
    InternalError internal = new InternalError("injected too");
    ListenerNotifier notifier = new ListenerNotifier(List.of(
        event -> {
          throw outOfMemory;
        },
        new AssertingListener(),
        event -> told.add("second"),
        event -> {
          throw internal;
        },
        event -> told.add("last")));

    assertThatThrownBy(() -> notifier.publish(EVENT)).isSameAs(outOfMemory);

    assertThat(told).containsExactly("second", "last");
    assertThat(outOfMemory.getSuppressed()).containsExactly(internal);
    assertThat(logged).extracting(LogRecord::getThrown)
        .singleElement().isInstanceOf(AssertionError.class);
  }

  private static final class SneakyIoListener implements ModelRegistryListener {
    @Override
    public void onModelPackageStateChange(ModelPackageStateChangeEvent event) {
      throw ListenerNotifierTest.<RuntimeException>sneaky(new IOException("checked, thrown sneakily"));
    }
  }

  private static final class AssertingListener implements ModelRegistryListener {
    @Override
    public void onModelPackageStateChange(ModelPackageStateChangeEvent event) {
      throw new AssertionError("a listener's own assertion");
    }
  }

  private static final class OverflowingListener implements ModelRegistryListener {
    @Override
    public void onModelPackageStateChange(ModelPackageStateChangeEvent event) {
      throw new StackOverflowError("thrown by the listener");
    }
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> T sneaky(Throwable failure) throws T {
    throw (T) failure;
  }
}
