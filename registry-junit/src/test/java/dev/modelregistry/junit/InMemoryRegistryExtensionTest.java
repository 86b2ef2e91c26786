package dev.modelregistry.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.model.InferenceSpecification;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageContainerDefinition;
import dev.modelregistry.api.model.ModelPackageGroup;
import dev.modelregistry.api.model.UserContext;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.api.request.ListModelPackageGroupsRequest;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import dev.modelregistry.testsupport.CallerSwitch;
import dev.modelregistry.testsupport.EventRecorder;
import dev.modelregistry.testsupport.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How a user's tests get a registry from {@link InMemoryRegistryExtension}. */
class InMemoryRegistryExtensionTest {

  @Nested
  @DisplayName("with @ExtendWith")
  @ExtendWith(InMemoryRegistryExtension.class)
  class Declared {
    private ModelRegistry fromBeforeEach;

    @BeforeEach
    void createGroup(ModelRegistry registry) {
      fromBeforeEach = registry;
      registry.createModelPackageGroup(CreateModelPackageGroupRequest.builder()
          .modelPackageGroupName("churn").build());
    }

    @RepeatedTest(3)
    @DisplayName("each test gets an empty registry of its own, the same one its @BeforeEach got")
    void freshRegistryPerTest(ModelRegistry registry, TestInfo info) {
      assertThat(registry).isSameAs(fromBeforeEach);
      assertThat(registry.listModelPackageGroups(ListModelPackageGroupsRequest.builder().build())
          .items()).as(info.getDisplayName()).hasSize(1);
    }

    @Test
    @DisplayName("the registry works end to end: register, approve, find the latest approved")
    void registersAndApproves(ModelRegistry registry) {
      ModelPackage registered = registry.createModelPackage(churnPackage());
      registry.updateModelPackage(UpdateModelPackageRequest.builder()
          .modelPackageArn(registered.modelPackageArn())
          .modelApprovalStatus(ModelApprovalStatus.APPROVED).build());

      assertThat(registry.findLatestApprovedModelPackage("churn")).hasValueSatisfying(
          latest -> assertThat(latest.modelPackageVersion()).isEqualTo(1));
    }
  }

  @Nested
  @DisplayName("in @BeforeAll and @AfterEach")
  @ExtendWith(InMemoryRegistryExtension.class)
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class Lifecycle {
    private ModelRegistry fromBeforeAll;
    private ModelRegistry fromTest;

    @BeforeAll
    void keepTheClassRegistry(ModelRegistry registry) {
      fromBeforeAll = registry;
    }

    @Test
    @DisplayName("a @BeforeAll registry belongs to the class: a test gets another one")
    void testRegistryIsNotTheClassRegistry(ModelRegistry registry) {
      fromTest = registry;
      assertThat(registry).isNotSameAs(fromBeforeAll);
    }

    @AfterEach
    void sameRegistryAfterTheTest(ModelRegistry registry) {
      assertThat(registry).as("the registry @AfterEach gets").isSameAs(fromTest);
    }
  }

  @Nested
  @DisplayName("with @RegisterExtension and options")
  class Registered {
    private final MutableClock clock = MutableClock.at(Instant.parse("2026-03-01T09:00:00Z"));
    private final CallerSwitch caller = CallerSwitch.as("ci");
    private final EventRecorder events = new EventRecorder();

    @RegisterExtension
    final InMemoryRegistryExtension registries = new InMemoryRegistryExtension()
        .withClock(clock)
        .withCallerIdentity(caller)
        .withListener(events);

    @Test
    @DisplayName("the registry stamps the given clock and caller and tells the given listener")
    void usesOptions(ModelRegistry registry) {
      ModelPackageGroup group = registry.createModelPackageGroup(
          CreateModelPackageGroupRequest.builder().modelPackageGroupName("churn").build());
      clock.advance(Duration.ofMinutes(5));
      caller.switchTo("reviewer");

      ModelPackage registered = registry.createModelPackage(churnPackage());

      assertThat(group.creationTime()).isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));
      assertThat(group.createdBy()).contains(UserContext.ofUserProfile("ci"));
      assertThat(registered.creationTime()).isEqualTo(Instant.parse("2026-03-01T09:05:00Z"));
      assertThat(registered.createdBy()).contains(UserContext.ofUserProfile("reviewer"));
      assertThat(events.events()).extracting(e -> e.modelPackage().modelPackageArn())
          .containsExactly(registered.modelPackageArn());
    }
  }

  @Test
  @DisplayName("setting the clock or the caller twice is an error, so a misconfiguration cannot pass silently")
  void refusesSettingsTwice() {
    InMemoryRegistryExtension withClock = new InMemoryRegistryExtension()
        .withClock(Clock.systemUTC());
    InMemoryRegistryExtension withCaller = new InMemoryRegistryExtension()
        .withCallerIdentity(() -> UserContext.ofUserProfile("a"));

    assertThatThrownBy(() -> withClock.withClock(Clock.systemUTC()))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> withCaller.withCallerIdentity(() -> UserContext.ofUserProfile("b")))
        .isInstanceOf(IllegalStateException.class);
  }

  /** Returns a registration in group {@code churn} with only what the registry requires. */
  private static CreateModelPackageRequest churnPackage() {
    return CreateModelPackageRequest.builder()
        .modelPackageGroupName("churn")
        .inferenceSpecification(InferenceSpecification.builder()
            .addContainers(ModelPackageContainerDefinition.builder().image("serve:1.7").build())
            .build())
        .build();
  }
}
