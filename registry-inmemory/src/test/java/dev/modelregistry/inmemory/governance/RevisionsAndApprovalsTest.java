package dev.modelregistry.inmemory.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelregistry.api.ApprovalDeniedException;
import dev.modelregistry.api.ConflictException;
import dev.modelregistry.api.RevisionConflictException;
import dev.modelregistry.api.audit.AuditOperation;
import dev.modelregistry.api.audit.AuditOutcome;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.audit.AuditTrailRequest;
import dev.modelregistry.api.audit.FieldChange;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelLifeCycle;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.Tag;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.api.request.ImmutableUpdateModelPackageRequest;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import dev.modelregistry.core.ApprovalPolicies;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Optimistic concurrency with revisions, and approval policies with their denials recorded. */
class RevisionsAndApprovalsTest {
  private static final String GROUP_ARN = Fixtures.ARN_PREFIX + "model-package-group/churn";

  private static ImmutableUpdateModelPackageRequest.Builder approve(String arn) {
    return UpdateModelPackageRequest.builder().modelPackageArn(arn)
        .modelApprovalStatus(ModelApprovalStatus.APPROVED);
  }

  private static List<AuditRecord> trail(Fixtures f, String resource) {
    return f.registry.getAuditTrail(AuditTrailRequest.of(resource)).items();
  }

  @Test
  @DisplayName("a stale revision is refused on update and delete and changes nothing; the current one passes")
  void staleRevisionIsRefused() {
    Fixtures f = new Fixtures();
    f.group("churn");
    ModelPackage read = f.register("churn");
    // A second reviewer changes the package after the first read it.
    f.registry.updateModelPackage(UpdateModelPackageRequest.builder().modelPackageArn("churn/1")
        .approvalDescription("second reviewer").build());
    int recorded = trail(f, "churn").size();

    assertThatThrownBy(() -> f.registry.updateModelPackage(
        approve("churn/1").expectedRevision(read.revision()).build()))
        .isInstanceOfSatisfying(RevisionConflictException.class, e -> {
          assertThat(e).isInstanceOf(ConflictException.class);
          assertThat(e.expectedRevision()).isEqualTo(1);
          assertThat(e.actualRevision()).isEqualTo(2);
          assertThat(e.resourceArn()).isEqualTo(read.modelPackageArn());
        });
    assertThatThrownBy(() -> f.registry.deleteModelPackage("churn/1", 1))
        .isInstanceOf(RevisionConflictException.class);
    ModelPackage current = f.registry.describeModelPackage("churn/1");
    assertThat(current.modelApprovalStatus()).isEqualTo(ModelApprovalStatus.PENDING_MANUAL_APPROVAL);
    assertThat(current.revision()).isEqualTo(2);
    assertThat(trail(f, "churn")).hasSize(recorded);

    ModelPackage approved = f.registry.updateModelPackage(
        approve("churn/1").expectedRevision(2L).build());
    assertThat(approved.revision()).isEqualTo(3);
    f.registry.deleteModelPackage("churn/1", 3);
    assertThat(f.registry.findLatestModelPackage("churn")).isEmpty();
  }

  @Test
  @DisplayName("group writes check the group's revision, which only tag and policy changes move")
  void groupRevisions() {
    Fixtures f = new Fixtures();
    f.group("churn");
    f.register("churn");
    assertThat(f.registry.describeModelPackageGroup("churn").revision())
        .describedAs("registering packages does not change the group").isEqualTo(1);
    assertThat(f.registry.addTags(GROUP_ARN, List.of(Tag.of("a", "1")), 1)).hasSize(1);
    assertThatThrownBy(() -> f.registry.addTags(GROUP_ARN, List.of(Tag.of("b", "2")), 1))
        .isInstanceOf(RevisionConflictException.class);
    assertThatThrownBy(() -> f.registry.deleteTags(GROUP_ARN, List.of("a"), 1))
        .isInstanceOf(RevisionConflictException.class);
    assertThatThrownBy(() -> f.registry.putModelPackageGroupPolicy("churn", "{}", 1))
        .isInstanceOf(RevisionConflictException.class);
    assertThat(f.registry.putModelPackageGroupPolicy("churn", "{}", 2)).isEqualTo(GROUP_ARN);
    assertThatThrownBy(() -> f.registry.deleteModelPackageGroupPolicy("churn", 2))
        .isInstanceOf(RevisionConflictException.class);
    f.registry.deleteModelPackageGroupPolicy("churn", 3);
    f.registry.deleteTags(GROUP_ARN, List.of("a"), 4);
    f.registry.deleteModelPackage("churn/1");
    assertThatThrownBy(() -> f.registry.deleteModelPackageGroup("churn", 4))
        .isInstanceOf(RevisionConflictException.class);
    assertThat(f.registry.describeModelPackageGroup("churn").revision()).isEqualTo(5);
    f.registry.deleteModelPackageGroup("churn", 5);
  }

  @Test
  @DisplayName("a denied approval leaves the package unchanged, is recorded in the trail, and not in the feed")
  void deniedApprovalIsRecorded() {
    Fixtures f = new Fixtures(ApprovalPolicies.separationOfDuties());
    f.group("churn");
    ModelPackage registered = f.register("churn");
    long feedBefore = f.registry.readChangeFeed(0, 1000).size();

    assertThatThrownBy(() -> f.registry.updateModelPackage(approve("churn/1")
        .approvalDescription("I trust myself").build()))
        .isInstanceOfSatisfying(ApprovalDeniedException.class,
            e -> assertThat(e.reason()).contains("separation of duties"));

    assertThat(f.registry.describeModelPackage("churn/1")).isEqualTo(registered);
    assertThat(f.registry.getModelPackageHistory("churn/1")).hasSize(1);
    AuditRecord denial = trail(f, "churn/1").get(1);
    assertThat(denial.outcome()).isEqualTo(AuditOutcome.DENIED);
    assertThat(denial.operation()).isEqualTo(AuditOperation.UPDATE_MODEL_PACKAGE);
    assertThat(denial.reason()).hasValueSatisfying(r -> assertThat(r).contains("trainer"));
    assertThat(denial.modelApprovalStatus()).hasValue(ModelApprovalStatus.PENDING_MANUAL_APPROVAL);
    assertThat(denial.revision()).hasValue(1L);
    assertThat(denial.changes()).contains(FieldChange.of("ModelApprovalStatus",
        Optional.of("PendingManualApproval"), Optional.of("Approved")));
    assertThat(f.registry.readChangeFeed(0, 1000)).hasSize((int) feedBefore);

    f.as("reviewer");
    assertThat(f.registry.updateModelPackage(approve("churn/1").build()).modelApprovalStatus())
        .isEqualTo(ModelApprovalStatus.APPROVED);
  }

  @Test
  @DisplayName("a denied registration stores nothing, consumes no version and is recorded against the group")
  void deniedRegistration() {
    Fixtures f = new Fixtures(ApprovalPolicies.approvers(Set.of("lead")));
    f.group("churn");
    CreateModelPackageRequest approvedAtBirth = CreateModelPackageRequest.builder()
        .modelPackageGroupName("churn").modelApprovalStatus(ModelApprovalStatus.APPROVED).build();
    assertThatThrownBy(() -> f.registry.createModelPackage(approvedAtBirth))
        .isInstanceOf(ApprovalDeniedException.class);
    assertThatThrownBy(() -> f.registry.createModelPackages("churn",
        List.of(CreateModelPackageRequest.builder().modelPackageGroupName("churn").build(),
            approvedAtBirth)))
        .isInstanceOf(ApprovalDeniedException.class);
    assertThat(f.registry.findLatestModelPackage("churn")).isEmpty();

    List<AuditRecord> trail = trail(f, "churn");
    assertThat(trail).extracting(AuditRecord::outcome).containsExactly(
        AuditOutcome.APPLIED, AuditOutcome.DENIED, AuditOutcome.DENIED);
    AuditRecord denial = trail.get(1);
    assertThat(denial.operation()).isEqualTo(AuditOperation.CREATE_MODEL_PACKAGE);
    assertThat(denial.modelPackageVersion()).isEmpty();
    assertThat(denial.resourceArn()).isEqualTo(GROUP_ARN);
    assertThat(denial.reason()).hasValueSatisfying(r -> assertThat(r).contains("approvers"));

    assertThat(f.register("churn").modelPackageVersion()).isEqualTo(1);
    f.as("lead");
    assertThat(f.registry.createModelPackage(approvedAtBirth).modelPackageVersion()).isEqualTo(2);
  }

  @Test
  @DisplayName("the policy sees life-cycle changes and registrations with a stage, and not other updates")
  void policyIsAskedForStatusAndLifeCycleOnly() {
    List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
    Fixtures f = new Fixtures(change -> {
      asked.add(change.registration() + ":" + change.fromStatus() + "->" + change.toStatus()
          + ":" + change.newLifeCycle().map(ModelLifeCycle::stage).orElse("-"));
      return Optional.empty();
    });
    f.group("churn");
    ModelLifeCycle staging = ModelLifeCycle.builder().stage("staging").stageStatus("New").build();
    f.register("churn");
    f.registry.createModelPackage(CreateModelPackageRequest.builder()
        .modelPackageGroupName("churn").modelLifeCycle(staging).build());
    f.registry.updateModelPackage(UpdateModelPackageRequest.builder().modelPackageArn("churn/1")
        .sourceUri("s3://b/src").build());
    f.registry.updateModelPackage(UpdateModelPackageRequest.builder().modelPackageArn("churn/1")
        .modelLifeCycle(staging).build());
    f.registry.updateModelPackage(approve("churn/1").build());

    assertThat(asked).containsExactly(
        "true:PendingManualApproval->null:staging",
        "false:PendingManualApproval->null:staging",
        "false:PendingManualApproval->Approved:-");
  }
}
