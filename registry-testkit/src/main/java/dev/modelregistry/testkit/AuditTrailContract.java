package dev.modelregistry.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.ConflictException;
import dev.modelregistry.api.ResourceAlreadyExistsException;
import dev.modelregistry.api.ResourceNotFoundException;
import dev.modelregistry.api.RevisionConflictException;
import dev.modelregistry.api.ValidationException;
import dev.modelregistry.api.audit.AuditOperation;
import dev.modelregistry.api.audit.AuditOutcome;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.Tag;
import dev.modelregistry.api.model.UserContext;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The audit trail: every write records exactly one applied record (who, when, what, which
 * resource, its revision, approval status and field changes) in the same step as the write;
 * a write that fails, changes nothing or replays a client token records nothing. Reading the
 * trail is {@link AuditTrailReadsContract}'s, the answers it gives about past moments
 * {@link PointInTimeContract}'s.
 */
public abstract class AuditTrailContract extends ContractSupport {

  @Test
  @DisplayName("creating a group records who, when, the group, revision 1, its description and tags")
  void recordsGroupCreation() {
    Instant now = tick();
    registry().createModelPackageGroup(CreateModelPackageGroupRequest.builder()
        .modelPackageGroupName("Churn").modelPackageGroupDescription("weekly churn models")
        .addTags(Tag.of("team", "risk")).build());

    List<AuditRecord> trail = trail("churn");
    assertThat(trail).hasSize(1);
    AuditRecord record = trail.get(0);
    assertThat(record.position()).isPositive();
    assertThat(record.operation()).isEqualTo(AuditOperation.CREATE_MODEL_PACKAGE_GROUP);
    assertThat(record.outcome()).isEqualTo(AuditOutcome.APPLIED);
    assertThat(record.actor()).isEqualTo(UserContext.ofUserProfile(KitContext.FIRST_CALLER));
    assertThat(record.time()).isEqualTo(now);
    assertThat(record.modelPackageGroupName()).isEqualTo("Churn");
    assertThat(record.modelPackageVersion()).isEmpty();
    assertThat(record.resourceArn()).isEqualTo(groupArn("Churn"));
    assertThat(record.revision()).contains(1L);
    assertThat(record.modelApprovalStatus()).isEmpty();
    assertThat(record.reason()).isEmpty();
    assertThat(record.changes()).contains(
        change("ModelPackageGroupDescription", null, "weekly churn models"),
        change("Tags.team", null, "risk"));
  }

  @Test
  @DisplayName("registering a package records its version, ARN, revision 1, approval status and the fields it set")
  void recordsPackageCreation() {
    createGroup("churn");
    Instant now = tick();
    kit().caller().switchTo("trainer");

    register(Fixtures.fullPackage("churn").build());

    AuditRecord record = lastRecord("churn/1");
    assertThat(record.operation()).isEqualTo(AuditOperation.CREATE_MODEL_PACKAGE);
    assertThat(record.outcome()).isEqualTo(AuditOutcome.APPLIED);
    assertThat(record.actor()).isEqualTo(UserContext.ofUserProfile("trainer"));
    assertThat(record.time()).isEqualTo(now);
    assertThat(record.modelPackageGroupName()).isEqualTo("churn");
    assertThat(record.modelPackageVersion()).contains(1);
    assertThat(record.resourceArn()).isEqualTo(packageArn("churn", 1));
    assertThat(record.revision()).contains(1L);
    assertThat(record.modelApprovalStatus()).contains(ModelApprovalStatus.PENDING_MANUAL_APPROVAL);
    assertThat(record.changes()).contains(
        change("ModelApprovalStatus", null, "PendingManualApproval"),
        change("ModelPackageDescription", null, "Weekly retrain; AUC 0.91 (holdout)"),
        change("MetadataProperties.CommitId", null, "4f0c1a2"),
        change("MetadataProperties.Repository", null, "https://git.example.com/ml/churn"),
        change("MetadataProperties.GeneratedBy", null, "pipelines/churn-train/execution/42"),
        change("MetadataProperties.ProjectId", null, "p-churn"),
        change("CustomerMetadataProperties.auc", null, "0.91"),
        change("ModelLifeCycle.Stage", null, "Development"));
  }

  @Test
  @DisplayName("an update records the updater, the time, the new revision and status, and each changed field old to new")
  void recordsUpdate() {
    createGroup("churn");
    register(Fixtures.minimalPackage("churn")
        .customerMetadataProperties(Map.of("auc", "0.90", "owner", "risk")).build());
    Instant now = tick();
    kit().caller().switchTo("reviewer");

    registry().updateModelPackage(UpdateModelPackageRequest.builder()
        .modelPackageArn("churn/1").modelApprovalStatus(ModelApprovalStatus.APPROVED)
        .approvalDescription("looks good")
        .customerMetadataProperties(Map.of("auc", "0.91", "dataset", "d-7"))
        .addCustomerMetadataPropertiesToRemove("owner").build());

    AuditRecord record = lastRecord("churn/1");
    assertThat(record.operation()).isEqualTo(AuditOperation.UPDATE_MODEL_PACKAGE);
    assertThat(record.outcome()).isEqualTo(AuditOutcome.APPLIED);
    assertThat(record.actor()).isEqualTo(UserContext.ofUserProfile("reviewer"));
    assertThat(record.time()).isEqualTo(now);
    assertThat(record.modelPackageVersion()).contains(1);
    assertThat(record.resourceArn()).isEqualTo(packageArn("churn", 1));
    assertThat(record.revision()).contains(2L);
    assertThat(record.modelApprovalStatus()).contains(ModelApprovalStatus.APPROVED);
    assertThat(record.changes()).containsExactlyInAnyOrder(
        change("ModelApprovalStatus", "PendingManualApproval", "Approved"),
        change("ApprovalDescription", null, "looks good"),
        change("CustomerMetadataProperties.auc", "0.90", "0.91"),
        change("CustomerMetadataProperties.dataset", null, "d-7"),
        change("CustomerMetadataProperties.owner", "risk", null));
  }

  @Test
  @DisplayName("deleting a package records its version and the revision deleted, without an approval status")
  void recordsPackageDeletion() {
    createGroup("churn");
    register("churn");
    approve("churn/1");
    Instant now = tick();

    registry().deleteModelPackage("churn/1");

    AuditRecord record = lastRecord("churn/1");
    assertThat(record.operation()).isEqualTo(AuditOperation.DELETE_MODEL_PACKAGE);
    assertThat(record.outcome()).isEqualTo(AuditOutcome.APPLIED);
    assertThat(record.time()).isEqualTo(now);
    assertThat(record.modelPackageVersion()).contains(1);
    assertThat(record.resourceArn()).isEqualTo(packageArn("churn", 1));
    assertThat(record.revision()).contains(2L);
    assertThat(record.modelApprovalStatus()).isEmpty();
  }

  @Test
  @DisplayName("deleting a group records the group and the revision deleted")
  void recordsGroupDeletion() {
    createGroup("churn");
    registry().addTags(groupArn("churn"), List.of(Tag.of("team", "risk")));
    Instant now = tick();

    registry().deleteModelPackageGroup("churn");

    AuditRecord record = lastRecord("churn");
    assertThat(record.operation()).isEqualTo(AuditOperation.DELETE_MODEL_PACKAGE_GROUP);
    assertThat(record.time()).isEqualTo(now);
    assertThat(record.modelPackageGroupName()).isEqualTo("churn");
    assertThat(record.modelPackageVersion()).isEmpty();
    assertThat(record.resourceArn()).isEqualTo(groupArn("churn"));
    assertThat(record.revision()).contains(2L);
    assertThat(record.modelApprovalStatus()).isEmpty();
  }

  @Test
  @DisplayName("adding and removing tags records each tag's old and new value and the group's new revision")
  void recordsTagChanges() {
    createGroup("churn");
    registry().addTags(groupArn("churn"), List.of(Tag.of("team", "risk"), Tag.of("tier", "1")));
    AuditRecord added = lastRecord("churn");
    registry().addTags(groupArn("churn"), List.of(Tag.of("team", "fraud")));
    AuditRecord replaced = lastRecord("churn");
    registry().deleteTags(groupArn("churn"), List.of("tier", "absent"));
    AuditRecord removed = lastRecord("churn");

    assertThat(added.operation()).isEqualTo(AuditOperation.ADD_TAGS);
    assertThat(added.resourceArn()).isEqualTo(groupArn("churn"));
    assertThat(added.revision()).contains(2L);
    assertThat(added.changes()).containsExactlyInAnyOrder(
        change("Tags.team", null, "risk"), change("Tags.tier", null, "1"));
    assertThat(replaced.operation()).isEqualTo(AuditOperation.ADD_TAGS);
    assertThat(replaced.revision()).contains(3L);
    assertThat(replaced.changes()).containsExactly(change("Tags.team", "risk", "fraud"));
    assertThat(removed.operation()).isEqualTo(AuditOperation.DELETE_TAGS);
    assertThat(removed.revision()).contains(4L);
    assertThat(removed.changes()).containsExactly(change("Tags.tier", "1", null));
    assertThat(trail("churn")).hasSize(4);
  }

  @Test
  @DisplayName("putting, replacing and deleting the resource policy records the policy's old and new text")
  void recordsPolicyChanges() {
    createGroup("churn");
    String first = "{\"Version\":\"2012-10-17\",\"Statement\":[]}";
    String second = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\"}]}";

    registry().putModelPackageGroupPolicy("churn", first);
    AuditRecord put = lastRecord("churn");
    registry().putModelPackageGroupPolicy("churn", second);
    AuditRecord replaced = lastRecord("churn");
    registry().deleteModelPackageGroupPolicy("churn");
    AuditRecord deleted = lastRecord("churn");

    assertThat(put.operation()).isEqualTo(AuditOperation.PUT_MODEL_PACKAGE_GROUP_POLICY);
    assertThat(put.revision()).contains(2L);
    assertThat(put.changes()).containsExactly(change("ResourcePolicy", null, first));
    assertThat(replaced.operation()).isEqualTo(AuditOperation.PUT_MODEL_PACKAGE_GROUP_POLICY);
    assertThat(replaced.changes()).containsExactly(change("ResourcePolicy", first, second));
    assertThat(deleted.operation()).isEqualTo(AuditOperation.DELETE_MODEL_PACKAGE_GROUP_POLICY);
    assertThat(deleted.revision()).contains(4L);
    assertThat(deleted.changes()).containsExactly(change("ResourcePolicy", second, null));
  }

  @Test
  @DisplayName("every kind of write adds exactly one applied record, of its operation, to the feed")
  void oneRecordPerWrite() {
    String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[]}";
    List<Map.Entry<AuditOperation, Runnable>> writes = List.of(
        Map.entry(AuditOperation.CREATE_MODEL_PACKAGE_GROUP, () -> createGroup("churn")),
        Map.entry(AuditOperation.CREATE_MODEL_PACKAGE, () -> register("churn")),
        Map.entry(AuditOperation.UPDATE_MODEL_PACKAGE, () -> approve("churn/1")),
        Map.entry(AuditOperation.ADD_TAGS,
            () -> registry().addTags(groupArn("churn"), List.of(Tag.of("team", "risk")))),
        Map.entry(AuditOperation.DELETE_TAGS,
            () -> registry().deleteTags(groupArn("churn"), List.of("team"))),
        Map.entry(AuditOperation.PUT_MODEL_PACKAGE_GROUP_POLICY,
            () -> registry().putModelPackageGroupPolicy("churn", policy)),
        Map.entry(AuditOperation.DELETE_MODEL_PACKAGE_GROUP_POLICY,
            () -> registry().deleteModelPackageGroupPolicy("churn")),
        Map.entry(AuditOperation.DELETE_MODEL_PACKAGE,
            () -> registry().deleteModelPackage("churn/1")),
        Map.entry(AuditOperation.DELETE_MODEL_PACKAGE_GROUP,
            () -> registry().deleteModelPackageGroup("churn")));

    for (Map.Entry<AuditOperation, Runnable> write : writes) {
      List<AuditRecord> before = feed();
      write.getValue().run();
      List<AuditRecord> after = feed();
      assertThat(after).as("after %s", write.getKey()).hasSize(before.size() + 1);
      assertThat(after.subList(0, before.size())).isEqualTo(before);
      AuditRecord added = after.get(after.size() - 1);
      assertThat(added.operation()).isEqualTo(write.getKey());
      assertThat(added.outcome()).isEqualTo(AuditOutcome.APPLIED);
      assertThat(added.modelPackageGroupName()).isEqualTo("churn");
    }
  }

  @Test
  @DisplayName("a failed write records nothing: validation error, not found, conflict, revision conflict")
  void failedWritesRecordNothing() {
    createGroup("churn");
    register("churn");
    List<AuditRecord> before = feed();
    List<AuditRecord> trailBefore = trail("churn");

    List<ThrowingCallable> failures = List.of(
        () -> registry().createModelPackage(Fixtures.minimalPackage("churn")
            .modelPackageDescription("x".repeat(1025)).build()),
        () -> registry().updateModelPackage(UpdateModelPackageRequest.builder()
            .modelPackageArn("churn/9").modelApprovalStatus(ModelApprovalStatus.APPROVED).build()),
        () -> registry().createModelPackage(Fixtures.minimalPackage("absent").build()),
        () -> createGroup("CHURN"),
        () -> registry().deleteModelPackageGroup("churn"),
        () -> registry().updateModelPackage(UpdateModelPackageRequest.builder()
            .modelPackageArn("churn/1").modelApprovalStatus(ModelApprovalStatus.APPROVED)
            .expectedRevision(7L).build()),
        () -> registry().deleteModelPackage("churn/1", 7),
        () -> registry().addTags(groupArn("churn"), List.of(Tag.of("a", "b")), 7));
    List<Class<? extends Exception>> types = List.of(ValidationException.class,
        ResourceNotFoundException.class, ResourceNotFoundException.class,
        ResourceAlreadyExistsException.class, ConflictException.class,
        RevisionConflictException.class, RevisionConflictException.class,
        RevisionConflictException.class);
    for (int i = 0; i < failures.size(); i++) {
      rejectedWithoutChange(types.get(i), failures.get(i));
    }

    assertThat(feed()).isEqualTo(before);
    assertThat(trail("churn")).isEqualTo(trailBefore);
  }

  @Test
  @DisplayName("a write that changes nothing records nothing: same status, same tags, absent tag keys")
  void unchangedWritesRecordNothing() {
    createGroup("churn");
    register("churn");
    registry().addTags(groupArn("churn"), List.of(Tag.of("team", "risk")));
    List<AuditRecord> before = feed();

    registry().updateModelPackage(UpdateModelPackageRequest.builder().modelPackageArn("churn/1")
        .modelApprovalStatus(ModelApprovalStatus.PENDING_MANUAL_APPROVAL).build());
    registry().addTags(groupArn("churn"), List.of(Tag.of("team", "risk")));
    registry().deleteTags(groupArn("churn"), List.of("absent"));

    assertThat(feed()).isEqualTo(before);
  }

  @Test
  @DisplayName("a replayed client token records nothing, in a single registration and in a batch")
  void replaysRecordNothing() {
    createGroup("churn");
    register(Fixtures.minimalPackage("churn").clientToken("once").build());
    registry().createModelPackages("churn",
        List.of(Fixtures.minimalPackage("churn").clientToken("batch").build()));
    List<AuditRecord> before = feed();

    register(Fixtures.minimalPackage("churn").clientToken("once").build());
    registry().createModelPackages("churn",
        List.of(Fixtures.minimalPackage("churn").clientToken("batch").build()));

    assertThat(feed()).isEqualTo(before);
  }

  @Test
  @DisplayName("a batch registration records one creation per package, in version order")
  void batchRecordsEachPackage() {
    createGroup("churn");
    Instant now = tick();

    registry().createModelPackages("churn", List.of(Fixtures.minimalPackage("churn").build(),
        Fixtures.minimalPackage("churn").build(), Fixtures.minimalPackage("churn").build()));

    List<AuditRecord> creations = trail("churn").stream()
        .filter(record -> record.operation() == AuditOperation.CREATE_MODEL_PACKAGE).toList();
    assertThat(creations).extracting(record -> record.modelPackageVersion().orElseThrow())
        .containsExactly(1, 2, 3);
    assertThat(creations).allSatisfy(record -> {
      assertThat(record.time()).isEqualTo(now);
      assertThat(record.outcome()).isEqualTo(AuditOutcome.APPLIED);
      assertThat(record.revision()).contains(1L);
    });
    assertRising(creations);
  }
}
