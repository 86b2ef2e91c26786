package dev.modelregistry.testkit;

import static dev.modelregistry.testkit.UpdateContract.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.ModelRegistryListener;
import dev.modelregistry.api.ValidationException;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageChangeType;
import dev.modelregistry.api.model.ModelPackageStateChangeEvent;
import dev.modelregistry.api.request.ImmutableUpdateModelPackageRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Model package state change events: one per registration and one per update that changes the
 * approval status or life cycle, each carrying the package as describe returns it right after;
 * none for anything else; a failing listener does not fail the call.
 */
public abstract class EventsContract extends ContractSupport {

  @Test
  @DisplayName("registering a package emits one Created event carrying the package as described")
  void emitsCreatedEvent() {
    createGroup("churn");

    ModelPackage created = register(Fixtures.fullPackage("churn").build());

    assertThat(events()).hasSize(1);
    ModelPackageStateChangeEvent event = events().get(0);
    assertThat(event.changeTypes()).containsExactly(ModelPackageChangeType.CREATED);
    assertThat(event.modelPackage()).isEqualTo(created)
        .isEqualTo(registry().describeModelPackage("churn/1"));
    assertThat(event.eventTime()).isEqualTo(created.creationTime());
    assertThat(event.eventId()).isNotBlank();
  }

  @Test
  @DisplayName("an approval change emits ApprovalStatusChanged carrying the package after the change")
  void emitsApprovalEvent() {
    createGroup("churn");
    register("churn");
    tick();

    ModelPackage approved = update(request("churn/1")
        .modelApprovalStatus(ModelApprovalStatus.APPROVED));

    ModelPackageStateChangeEvent event = last();
    assertThat(event.changeTypes()).containsExactly(ModelPackageChangeType.APPROVAL_STATUS_CHANGED);
    assertThat(event.modelPackage()).isEqualTo(approved)
        .isEqualTo(registry().describeModelPackage("churn/1"));
    assertThat(event.eventTime()).isEqualTo(approved.lastModifiedTime().orElseThrow());
  }

  @Test
  @DisplayName("a life-cycle change emits LifeCycleChanged carrying the package after the change")
  void emitsLifeCycleEvent() {
    createGroup("churn");
    register("churn");

    ModelPackage staged = update(request("churn/1")
        .modelLifeCycle(Fixtures.lifeCycle("Staging", "Ready", "canary")));

    assertThat(last().changeTypes()).containsExactly(ModelPackageChangeType.LIFE_CYCLE_CHANGED);
    assertThat(last().modelPackage()).isEqualTo(staged);
  }

  @Test
  @DisplayName("an update changing approval and life cycle emits one event naming both")
  void emitsOneEventForBothChanges() {
    createGroup("churn");
    register("churn");

    update(request("churn/1").modelApprovalStatus(ModelApprovalStatus.REJECTED)
        .modelLifeCycle(Fixtures.lifeCycle("Archived", "Done", "superseded")));

    assertThat(events()).hasSize(2);
    assertThat(last().changeTypes()).containsExactlyInAnyOrder(
        ModelPackageChangeType.APPROVAL_STATUS_CHANGED, ModelPackageChangeType.LIFE_CYCLE_CHANGED);
  }

  @Test
  @DisplayName("events come in the order of the changes, each with its own ID")
  void emitsEventsInOrder() {
    createGroup("churn");
    register("churn");
    tick();
    update(request("churn/1").modelApprovalStatus(ModelApprovalStatus.APPROVED));
    tick();
    register("churn");
    update(request("churn/1").modelApprovalStatus(ModelApprovalStatus.REJECTED));

    assertThat(events()).extracting(e -> e.modelPackage().modelPackageVersion() + " "
            + e.changeTypes())
        .containsExactly("1 [Created]", "1 [ApprovalStatusChanged]", "2 [Created]",
            "1 [ApprovalStatusChanged]");
    assertThat(events()).extracting(ModelPackageStateChangeEvent::eventId).doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("no event for an update that changes nothing, keeps the status, or changes only other fields")
  void noEventWithoutStateChange() {
    createGroup("churn");
    register(Fixtures.minimalPackage("churn").modelLifeCycle(
        Fixtures.lifeCycle("Development", "InProgress", "x")).build());
    kit().events().clear();

    update(request("churn/1"));
    update(request("churn/1").modelApprovalStatus(ModelApprovalStatus.PENDING_MANUAL_APPROVAL));
    update(request("churn/1").modelLifeCycle(Fixtures.lifeCycle("Development", "InProgress", "x")));
    update(request("churn/1").customerMetadataProperties(Map.of("k", "v")));
    update(request("churn/1").approvalDescription("waiting"));
    update(request("churn/1").sourceUri("s3://sources/churn"));

    assertThat(kit().events().deliveries()).isEmpty();
  }

  @Test
  @DisplayName("no event for a failed create or a failed update")
  void noEventForFailures() {
    createGroup("churn");
    register("churn");
    kit().events().clear();

    Rejections.thrownBy(ValidationException.class, () -> register(
        Fixtures.minimalPackage("churn").sourceUri("a|b").build()));
    Rejections.thrownBy(ValidationException.class, () -> update(request("churn/1")
        .modelApprovalStatus(ModelApprovalStatus.APPROVED).sourceUri("a|b")));

    assertThat(kit().events().deliveries()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("listenerFailures")
  @DisplayName("a listener that throws (a runtime exception, a checked one sneakily, an Error) does not fail the call: the change is stored and later listeners are told")
  void listenerThrowingAnythingButAJvmFailureDoesNotFailTheCall(String name, Throwable failure) {
    AtomicInteger calls = new AtomicInteger();
    ModelRegistryListener failing = event -> {
      calls.incrementAndGet();
      throw Sneaky.<RuntimeException>cast(failure);
    };
    ModelRegistry registry = kit().registryWith(List.of(failing));
    createGroup("churn");

    ModelPackage created = registry.createModelPackage(Fixtures.minimalPackage("churn").build());
    ModelPackage approved = registry.updateModelPackage(request("churn/1")
        .modelApprovalStatus(ModelApprovalStatus.APPROVED).build());

    assertThat(calls).hasValue(2);
    assertThat(created.modelPackageVersion()).isEqualTo(1);
    assertThat(registry().describeModelPackage("churn/1")).isEqualTo(approved);
    assertThat(events()).extracting(ModelPackageStateChangeEvent::modelPackage)
        .containsExactly(created, approved);
  }

  static Stream<Arguments> listenerFailures() {
    return Stream.of(
        Arguments.of("an IllegalStateException",
            new IllegalStateException("listener failure injected by the test kit")),
        Arguments.of("a checked IOException thrown sneakily",
            new IOException("listener failure injected by the test kit")),
        Arguments.of("an AssertionError", new AssertionError("listener bug injected by the test kit")),
        Arguments.of("a StackOverflowError thrown by the listener",
            new StackOverflowError("injected by the test kit")));
  }

  /** Throws a checked exception past the compiler, as Kotlin, Groovy or Lombok code does. */
  private static final class Sneaky {
    @SuppressWarnings("unchecked")
    static <T extends Throwable> T cast(Throwable failure) throws T {
      throw (T) failure;
    }
  }

  private ModelPackageStateChangeEvent last() {
    List<ModelPackageStateChangeEvent> events = events();
    assertThat(events).isNotEmpty();
    return events.get(events.size() - 1);
  }

  private ModelPackage update(ImmutableUpdateModelPackageRequest.Builder request) {
    return registry().updateModelPackage(request.build());
  }
}
