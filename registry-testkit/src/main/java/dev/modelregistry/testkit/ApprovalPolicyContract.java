package dev.modelregistry.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.ApprovalDeniedException;
import dev.modelregistry.api.ConflictException;
import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.audit.AuditOperation;
import dev.modelregistry.api.audit.AuditOutcome;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageHistoryEntry;
import dev.modelregistry.api.model.UserContext;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import dev.modelregistry.core.ApprovalChange;
import dev.modelregistry.core.ApprovalPolicies;
import dev.modelregistry.core.ApprovalPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Approval policies, on every backend: the ready-made ones (separation of duties, SageMaker's
 * transitions, an approvers list, and their combination) allow and deny as documented; a denial
 * throws {@link ApprovalDeniedException} with the reason, changes nothing (package, revision,
 * history, events, version counter) and shows in the trail as a {@code DENIED} record; the
 * default allows everything.
 */
public abstract class ApprovalPolicyContract extends ContractSupport {
  static final String TRAINER = "trainer";
  static final String REVIEWER = "reviewer";

  ModelRegistry guarded(ApprovalPolicy policy) {
    return kit().registryWith(policy);
  }

  /** Registers a package in {@code churn} as the trainer with the given status. */
  ModelPackage registerAsTrainer(ModelApprovalStatus status) {
    kit().caller().switchTo(TRAINER);
    return register(Fixtures.minimalPackage("churn").modelApprovalStatus(status).build());
  }

  static UpdateModelPackageRequest statusChange(String ref, ModelApprovalStatus status) {
    return UpdateModelPackageRequest.builder().modelPackageArn(ref).modelApprovalStatus(status)
        .build();
  }

  /**
   * Asserts that {@code registry} denies the update, changing nothing, and records the denial;
   * returns the DENIED record.
   */
  AuditRecord deniedUpdate(ModelRegistry registry, UpdateModelPackageRequest request) {
    ModelPackage before = registry().describeModelPackage(request.modelPackageArn());
    List<ModelPackageHistoryEntry> history =
        registry().getModelPackageHistory(request.modelPackageArn());
    List<AuditRecord> feed = feed();
    Instant now = tick();

    ApprovalDeniedException denied = rejectedWithoutChange(ApprovalDeniedException.class,
        () -> registry.updateModelPackage(request));

    assertThat(denied.reason()).isNotBlank();
    assertThat(denied.getMessage()).contains(denied.reason());
    ModelPackage after = registry().describeModelPackage(request.modelPackageArn());
    assertThat(after).isEqualTo(before);
    assertThat(after.revision()).isEqualTo(before.revision());
    assertThat(registry().getModelPackageHistory(request.modelPackageArn())).isEqualTo(history);
    assertThat(feed()).isEqualTo(feed);
    AuditRecord record = lastRecord(request.modelPackageArn());
    assertThat(record.outcome()).isEqualTo(AuditOutcome.DENIED);
    assertThat(record.operation()).isEqualTo(AuditOperation.UPDATE_MODEL_PACKAGE);
    assertThat(record.reason()).contains(denied.reason());
    assertThat(record.actor()).isEqualTo(kit().caller().get());
    assertThat(record.time()).isEqualTo(now);
    assertThat(record.resourceArn()).isEqualTo(before.modelPackageArn());
    assertThat(record.modelPackageVersion()).contains(before.modelPackageVersion());
    assertThat(record.revision()).contains(before.revision());
    assertThat(record.modelApprovalStatus()).contains(before.modelApprovalStatus());
    request.modelApprovalStatus().ifPresent(status -> assertThat(record.changes()).contains(
        change("ModelApprovalStatus", before.modelApprovalStatus().value(), status.value())));
    return record;
  }

  /**
   * Asserts that {@code registry} denies the registration: no package, no version consumed, one
   * DENIED record in the group's trail; returns it.
   */
  AuditRecord deniedRegistration(ModelRegistry registry, CreateModelPackageRequest request) {
    List<Integer> versions = versionsIn("churn");
    List<AuditRecord> feed = feed();

    ApprovalDeniedException denied = rejectedWithoutChange(ApprovalDeniedException.class,
        () -> registry.createModelPackage(request));

    assertThat(denied.reason()).isNotBlank();
    assertThat(versionsIn("churn")).isEqualTo(versions);
    assertThat(feed()).isEqualTo(feed);
    AuditRecord record = lastRecord("churn");
    assertThat(record.outcome()).isEqualTo(AuditOutcome.DENIED);
    assertThat(record.operation()).isEqualTo(AuditOperation.CREATE_MODEL_PACKAGE);
    assertThat(record.reason()).contains(denied.reason());
    assertThat(record.modelPackageVersion()).isEmpty();
    assertThat(record.resourceArn()).isEqualTo(groupArn("churn"));
    assertThat(record.actor()).isEqualTo(kit().caller().get());
    int next = versions.isEmpty() ? 1 : versions.get(versions.size() - 1) + 1;
    assertThat(register("churn").modelPackageVersion()).as("no version consumed")
        .isEqualTo(next);
    return record;
  }

  @Test
  @DisplayName("separation of duties: the creator may not approve its package, another identity may")
  void separationOfDuties() {
    createGroup("churn");
    registerAsTrainer(ModelApprovalStatus.PENDING_MANUAL_APPROVAL);
    ModelRegistry guarded = guarded(ApprovalPolicies.separationOfDuties());

    AuditRecord denied = deniedUpdate(guarded,
        statusChange("churn/1", ModelApprovalStatus.APPROVED));
    assertThat(denied.actor()).isEqualTo(UserContext.ofUserProfile(TRAINER));

    kit().caller().switchTo(REVIEWER);
    ModelPackage approved = guarded.updateModelPackage(
        statusChange("churn/1", ModelApprovalStatus.APPROVED));
    assertThat(approved.modelApprovalStatus()).isEqualTo(ModelApprovalStatus.APPROVED);
    assertThat(approved.revision()).isEqualTo(2);
    assertThat(trail("churn/1")).extracting(AuditRecord::outcome).containsExactly(
        AuditOutcome.APPLIED, AuditOutcome.DENIED, AuditOutcome.APPLIED);
  }

  @Test
  @DisplayName("separation of duties: the creator may reject its own package and change other fields")
  void separationOfDutiesAllowsTheRest() {
    createGroup("churn");
    registerAsTrainer(ModelApprovalStatus.PENDING_MANUAL_APPROVAL);
    ModelRegistry guarded = guarded(ApprovalPolicies.separationOfDuties());

    guarded.updateModelPackage(UpdateModelPackageRequest.builder().modelPackageArn("churn/1")
        .customerMetadataProperties(Map.of("auc", "0.9")).build());
    ModelPackage rejected = guarded.updateModelPackage(
        statusChange("churn/1", ModelApprovalStatus.REJECTED));

    assertThat(rejected.modelApprovalStatus()).isEqualTo(ModelApprovalStatus.REJECTED);
    assertThat(trail("churn/1")).extracting(AuditRecord::outcome).containsOnly(
        AuditOutcome.APPLIED);
  }

  @Test
  @DisplayName("separation of duties: registering a package as Approved is denied, consumes no version and is recorded")
  void separationOfDutiesAtRegistration() {
    createGroup("churn");
    kit().caller().switchTo(TRAINER);
    ModelRegistry guarded = guarded(ApprovalPolicies.separationOfDuties());

    deniedRegistration(guarded, Fixtures.minimalPackage("churn")
        .modelApprovalStatus(ModelApprovalStatus.APPROVED).build());

    assertThat(guarded.createModelPackage(Fixtures.minimalPackage("churn")
        .modelApprovalStatus(ModelApprovalStatus.REJECTED).build()).modelPackageVersion())
        .isEqualTo(2);
  }

  @Test
  @DisplayName("SageMaker's transitions: the four documented ones pass, every other status change is denied")
  void sageMakerTransitions() {
    createGroup("churn");
    ModelRegistry guarded = guarded(ApprovalPolicies.sageMakerTransitions());
    kit().caller().switchTo(REVIEWER);
    ModelApprovalStatus pending = ModelApprovalStatus.PENDING_MANUAL_APPROVAL;
    ModelApprovalStatus approved = ModelApprovalStatus.APPROVED;
    ModelApprovalStatus rejected = ModelApprovalStatus.REJECTED;

    register("churn");
    register("churn");
    guarded.updateModelPackage(statusChange("churn/1", approved));
    guarded.updateModelPackage(statusChange("churn/1", rejected));
    guarded.updateModelPackage(statusChange("churn/1", approved));
    guarded.updateModelPackage(statusChange("churn/2", rejected));
    assertThat(registry().describeModelPackage("churn/1").modelApprovalStatus())
        .isEqualTo(approved);

    deniedUpdate(guarded, statusChange("churn/1", pending));
    deniedUpdate(guarded, statusChange("churn/2", pending));
    assertThat(guarded.updateModelPackage(statusChange("churn/1", approved)).revision())
        .as("keeping the status is no transition").isEqualTo(4);
  }

  @Test
  @DisplayName("an approvers list: only listed identities approve or reject, anyone registers as pending")
  void approversList() {
    createGroup("churn");
    ModelRegistry guarded = guarded(ApprovalPolicies.approvers(List.of(REVIEWER)));
    kit().caller().switchTo(TRAINER);
    guarded.createModelPackage(Fixtures.minimalPackage("churn").build());

    deniedUpdate(guarded, statusChange("churn/1", ModelApprovalStatus.APPROVED));
    deniedUpdate(guarded, statusChange("churn/1", ModelApprovalStatus.REJECTED));
    deniedRegistration(guarded, Fixtures.minimalPackage("churn")
        .modelApprovalStatus(ModelApprovalStatus.APPROVED).build());

    kit().caller().switchTo(REVIEWER);
    assertThat(guarded.updateModelPackage(statusChange("churn/1", ModelApprovalStatus.APPROVED))
        .modelApprovalStatus()).isEqualTo(ModelApprovalStatus.APPROVED);
  }

  @Test
  @DisplayName("policies combined with and: a change passes only if both allow it, else the first denial's reason")
  void combinedPolicies() {
    createGroup("churn");
    ApprovalPolicy both = ApprovalPolicies.separationOfDuties()
        .and(ApprovalPolicies.approvers(List.of(TRAINER, REVIEWER)));
    ModelRegistry guarded = guarded(both);
    registerAsTrainer(ModelApprovalStatus.PENDING_MANUAL_APPROVAL);

    AuditRecord creatorDenied = deniedUpdate(guarded,
        statusChange("churn/1", ModelApprovalStatus.APPROVED));
    kit().caller().switchTo("outsider");
    AuditRecord outsiderDenied = deniedUpdate(guarded,
        statusChange("churn/1", ModelApprovalStatus.APPROVED));
    kit().caller().switchTo(REVIEWER);
    guarded.updateModelPackage(statusChange("churn/1", ModelApprovalStatus.APPROVED));

    assertThat(creatorDenied.reason()).isNotEqualTo(outsiderDenied.reason());
    assertThat(registry().describeModelPackage("churn/1").modelApprovalStatus())
        .isEqualTo(ModelApprovalStatus.APPROVED);
  }

  @Test
  @DisplayName("a policy is asked about life-cycle changes too, at update and at registration")
  void lifeCycleChangesAsked() {
    createGroup("churn");
    register("churn");
    ModelRegistry frozen = guarded(change -> change.newLifeCycle().isPresent()
        ? Optional.of("life cycles are frozen") : Optional.empty());

    AuditRecord denied = deniedUpdate(frozen, UpdateModelPackageRequest.builder()
        .modelPackageArn("churn/1")
        .modelLifeCycle(Fixtures.lifeCycle("Staging", "Approved", "to staging")).build());
    assertThat(denied.reason()).contains("life cycles are frozen");
    deniedRegistration(frozen, Fixtures.minimalPackage("churn")
        .modelLifeCycle(Fixtures.lifeCycle("Development", "InProgress", "first")).build());
    assertThat(frozen.updateModelPackage(statusChange("churn/1", ModelApprovalStatus.APPROVED))
        .modelApprovalStatus()).isEqualTo(ModelApprovalStatus.APPROVED);
  }

  @Test
  @DisplayName("a policy sees the actor, the package as stored, the from and to status; writes that touch neither are not asked")
  void policySeesTheChange() {
    createGroup("churn");
    register(Fixtures.minimalPackage("churn").customerMetadataProperties(Map.of("a", "1"))
        .build());
    List<ApprovalChange> asked = new CopyOnWriteArrayList<>();
    ModelRegistry guarded = guarded(change -> {
      asked.add(change);
      return Optional.empty();
    });
    guarded.createModelPackage(Fixtures.minimalPackage("churn").build());
    guarded.updateModelPackage(UpdateModelPackageRequest.builder().modelPackageArn("churn/1")
        .customerMetadataProperties(Map.of("b", "2")).build());
    assertThat(asked).as("neither status nor life cycle changes").isEmpty();

    kit().caller().switchTo(REVIEWER);
    guarded.updateModelPackage(statusChange("churn/1", ModelApprovalStatus.APPROVED));

    assertThat(asked).isNotEmpty().allSatisfy(change -> {
      assertThat(change.actor()).isEqualTo(UserContext.ofUserProfile(REVIEWER));
      assertThat(change.registration()).isFalse();
      assertThat(change.fromStatus()).isEqualTo(ModelApprovalStatus.PENDING_MANUAL_APPROVAL);
      assertThat(change.toStatus()).isEqualTo(ModelApprovalStatus.APPROVED);
      assertThat(change.modelPackage().modelPackageArn()).isEqualTo(packageArn("churn", 1));
      assertThat(change.modelPackage().customerMetadataProperties())
          .isEqualTo(Map.of("a", "1", "b", "2"));
      assertThat(change.modelPackage().createdBy())
          .contains(UserContext.ofUserProfile(KitContext.FIRST_CALLER));
    });
    asked.clear();

    guarded.createModelPackage(Fixtures.minimalPackage("churn")
        .modelApprovalStatus(ModelApprovalStatus.APPROVED).build());
    assertThat(asked).isNotEmpty().allSatisfy(change -> {
      assertThat(change.registration()).isTrue();
      assertThat(change.fromStatus()).isEqualTo(ModelApprovalStatus.PENDING_MANUAL_APPROVAL);
      assertThat(change.toStatus()).isEqualTo(ModelApprovalStatus.APPROVED);
    });
  }

  @Test
  @DisplayName("a batch with one denied package is denied as a whole: nothing stored, no version consumed, the denial recorded")
  void batchDeniedAsAWhole() {
    createGroup("churn");
    kit().caller().switchTo(TRAINER);
    ModelRegistry guarded = guarded(ApprovalPolicies.separationOfDuties());
    List<AuditRecord> feed = feed();

    Rejections.thrownBy(ApprovalDeniedException.class, () -> guarded.createModelPackages("churn",
        List.of(Fixtures.minimalPackage("churn").build(),
            Fixtures.minimalPackage("churn").modelApprovalStatus(ModelApprovalStatus.APPROVED)
                .build())));

    assertThat(versionsIn("churn")).isEmpty();
    assertThat(feed()).isEqualTo(feed);
    assertThat(trail("churn")).extracting(AuditRecord::outcome).contains(AuditOutcome.DENIED);
    assertThat(register("churn").modelPackageVersion()).isEqualTo(1);
  }

  @Test
  @DisplayName("a batch that reuses a client token for another request is a conflict before any package is put to the policy: no denial recorded")
  void batchTokenConflictComesBeforeThePolicy() {
    createGroup("churn");
    register(Fixtures.minimalPackage("churn").clientToken("seen").build());
    kit().caller().switchTo(TRAINER);
    ModelRegistry guarded = guarded(ApprovalPolicies.separationOfDuties());
    List<AuditRecord> trail = trail("churn");

    Rejections.thrownBy(ConflictException.class, () -> guarded.createModelPackages("churn",
        List.of(Fixtures.minimalPackage("churn").modelApprovalStatus(ModelApprovalStatus.APPROVED)
                .build(),
            Fixtures.minimalPackage("churn").clientToken("seen")
                .modelPackageDescription("another request").build())));

    assertThat(trail("churn")).isEqualTo(trail);
    assertThat(versionsIn("churn")).containsExactly(1);
  }

  @Test
  @DisplayName("the default policy allows every change, as SageMaker does: the creator approves, Approved goes back to pending")
  void defaultAllowsAll() {
    createGroup("churn");
    register(Fixtures.minimalPackage("churn").modelApprovalStatus(ModelApprovalStatus.APPROVED)
        .build());
    register("churn");

    registry().updateModelPackage(statusChange("churn/2", ModelApprovalStatus.APPROVED));
    registry().updateModelPackage(
        statusChange("churn/1", ModelApprovalStatus.PENDING_MANUAL_APPROVAL));
    ModelRegistry allowAll = guarded(ApprovalPolicies.allowAll());
    allowAll.updateModelPackage(statusChange("churn/2", ModelApprovalStatus.REJECTED));

    assertThat(feed()).extracting(AuditRecord::outcome).containsOnly(AuditOutcome.APPLIED);
    assertThat(trail("churn")).hasSize(6);
  }
}
