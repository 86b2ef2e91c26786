package dev.modelregistry.inmemory.governance;

import static dev.modelregistry.api.audit.AuditOperation.ADD_TAGS;
import static dev.modelregistry.api.audit.AuditOperation.CREATE_MODEL_PACKAGE;
import static dev.modelregistry.api.audit.AuditOperation.CREATE_MODEL_PACKAGE_GROUP;
import static dev.modelregistry.api.audit.AuditOperation.DELETE_MODEL_PACKAGE;
import static dev.modelregistry.api.audit.AuditOperation.DELETE_MODEL_PACKAGE_GROUP;
import static dev.modelregistry.api.audit.AuditOperation.DELETE_MODEL_PACKAGE_GROUP_POLICY;
import static dev.modelregistry.api.audit.AuditOperation.DELETE_TAGS;
import static dev.modelregistry.api.audit.AuditOperation.PUT_MODEL_PACKAGE_GROUP_POLICY;
import static dev.modelregistry.api.audit.AuditOperation.UPDATE_MODEL_PACKAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelregistry.api.Page;
import dev.modelregistry.api.ValidationException;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.audit.AuditTrailRequest;
import dev.modelregistry.api.audit.FieldChange;
import dev.modelregistry.api.model.MetadataProperties;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.Tag;
import dev.modelregistry.api.model.UserContext;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the trail records for each write, and how it is read. */
class AuditTrailTest {
  private final Fixtures f = new Fixtures();

  private List<AuditRecord> trail(String resource) {
    List<AuditRecord> all = new ArrayList<>();
    Optional<String> token = Optional.empty();
    do {
      Page<AuditRecord> page = f.registry.getAuditTrail(AuditTrailRequest.builder()
          .resource(resource).maxResults(2).nextToken(token).build());
      all.addAll(page.items());
      token = page.nextToken();
    } while (token.isPresent());
    return all;
  }

  private static FieldChange change(String field, String oldValue, String newValue) {
    return FieldChange.of(field, Optional.ofNullable(oldValue), Optional.ofNullable(newValue));
  }

  @Test
  @DisplayName("every write records actor, time, resource, revision and changes, in order, with the write's own time")
  void everyWriteIsRecorded() {
    f.registry.createModelPackageGroup(CreateModelPackageGroupRequest.builder()
        .modelPackageGroupName("Churn").modelPackageGroupDescription("churn models")
        .addTags(Tag.of("team", "risk")).build());
    Instant created = f.clock.advance(Duration.ofSeconds(1));
    ModelPackage v1 = f.registry.createModelPackage(CreateModelPackageRequest.builder()
        .modelPackageGroupName("churn")
        .metadataProperties(MetadataProperties.builder().commitId("abc123").build())
        .customerMetadataProperties(Map.of("owner", "team-a"))
        .build());
    f.as("reviewer");
    Instant approved = f.clock.advance(Duration.ofSeconds(1));
    ModelPackage updated = f.registry.updateModelPackage(UpdateModelPackageRequest.builder()
        .modelPackageArn("churn/1").modelApprovalStatus(ModelApprovalStatus.APPROVED)
        .approvalDescription("ok").build());
    String group = Fixtures.ARN_PREFIX + "model-package-group/Churn";
    f.registry.addTags(group, List.of(Tag.of("team", "fraud"), Tag.of("cost", "7")));
    f.registry.deleteTags(group, List.of("cost"));
    f.registry.putModelPackageGroupPolicy("churn", "{\"Version\":\"2012-10-17\"}");
    f.registry.deleteModelPackageGroupPolicy("churn");
    Instant deleted = f.clock.advance(Duration.ofSeconds(1));
    f.registry.deleteModelPackage(v1.modelPackageArn());
    f.registry.deleteModelPackageGroup("CHURN");

    List<AuditRecord> trail = trail("churn");
    assertThat(trail).extracting(AuditRecord::operation).containsExactly(
        CREATE_MODEL_PACKAGE_GROUP, CREATE_MODEL_PACKAGE, UPDATE_MODEL_PACKAGE, ADD_TAGS,
        DELETE_TAGS, PUT_MODEL_PACKAGE_GROUP_POLICY, DELETE_MODEL_PACKAGE_GROUP_POLICY,
        DELETE_MODEL_PACKAGE, DELETE_MODEL_PACKAGE_GROUP);
    assertThat(trail).extracting(AuditRecord::position).isSorted().doesNotHaveDuplicates()
        .allMatch(p -> p > 0);
    assertThat(trail).extracting(AuditRecord::modelPackageGroupName).containsOnly("Churn");
    assertThat(trail).extracting(AuditRecord::revision).containsExactly(
        Optional.of(1L), Optional.of(1L), Optional.of(2L), Optional.of(2L), Optional.of(3L),
        Optional.of(4L), Optional.of(5L), Optional.of(2L), Optional.of(5L));

    AuditRecord groupCreated = trail.get(0);
    assertThat(groupCreated.time()).isEqualTo(Fixtures.T0);
    assertThat(groupCreated.actor()).isEqualTo(UserContext.ofUserProfile("trainer"));
    assertThat(groupCreated.resourceArn()).isEqualTo(group);
    assertThat(groupCreated.changes()).containsExactly(
        change("ModelPackageGroupDescription", null, "churn models"),
        change("Tags.team", null, "risk"));

    AuditRecord packageCreated = trail.get(1);
    assertThat(packageCreated.time()).isEqualTo(created).isEqualTo(v1.creationTime());
    assertThat(packageCreated.modelPackageVersion()).hasValue(1);
    assertThat(packageCreated.resourceArn()).isEqualTo(v1.modelPackageArn());
    assertThat(packageCreated.modelApprovalStatus())
        .hasValue(ModelApprovalStatus.PENDING_MANUAL_APPROVAL);
    assertThat(packageCreated.changes()).containsExactly(
        change("ModelApprovalStatus", null, "PendingManualApproval"),
        change("MetadataProperties.CommitId", null, "abc123"),
        change("CustomerMetadataProperties.owner", null, "team-a"));

    AuditRecord approval = trail.get(2);
    assertThat(approval.time()).isEqualTo(approved).isEqualTo(updated.lastModifiedTime().get());
    assertThat(approval.actor()).isEqualTo(UserContext.ofUserProfile("reviewer"));
    assertThat(approval.modelApprovalStatus()).hasValue(ModelApprovalStatus.APPROVED);
    assertThat(approval.changes()).containsExactly(
        change("ModelApprovalStatus", "PendingManualApproval", "Approved"),
        change("ApprovalDescription", null, "ok"));
    assertThat(updated.revision()).isEqualTo(2);

    assertThat(trail.get(3).changes()).containsExactly(
        change("Tags.team", "risk", "fraud"), change("Tags.cost", null, "7"));
    assertThat(trail.get(4).changes()).containsExactly(change("Tags.cost", "7", null));
    assertThat(trail.get(5).changes())
        .containsExactly(change("ResourcePolicy", null, "{\"Version\":\"2012-10-17\"}"));
    assertThat(trail.get(6).changes())
        .containsExactly(change("ResourcePolicy", "{\"Version\":\"2012-10-17\"}", null));
    assertThat(trail.get(7).time()).isEqualTo(deleted);
    assertThat(trail.get(7).modelApprovalStatus()).isEmpty();
    assertThat(trail.get(8).modelApprovalStatus()).isEmpty();

    // The trail outlives the package and the group; a package's trail holds its records only.
    assertThat(trail("churn/1")).extracting(AuditRecord::operation)
        .containsExactly(CREATE_MODEL_PACKAGE, UPDATE_MODEL_PACKAGE, DELETE_MODEL_PACKAGE);
    assertThat(trail(v1.modelPackageArn())).hasSize(3);
    assertThat(trail(group)).hasSize(9);
  }

  @Test
  @DisplayName("writes that change nothing record nothing and keep the revision")
  void unchangedWritesRecordNothing() {
    f.registry.createModelPackageGroup(CreateModelPackageGroupRequest.builder()
        .modelPackageGroupName("churn").addTags(Tag.of("team", "risk")).build());
    f.registry.putModelPackageGroupPolicy("churn", "{}");
    f.register("churn");
    int before = trail("churn").size();
    String group = Fixtures.ARN_PREFIX + "model-package-group/churn";

    f.registry.addTags(group, List.of(Tag.of("team", "risk")));
    f.registry.deleteTags(group, List.of("absent"));
    f.registry.putModelPackageGroupPolicy("churn", "{}");
    ModelPackage same = f.registry.updateModelPackage(UpdateModelPackageRequest.builder()
        .modelPackageArn("churn/1")
        .modelApprovalStatus(ModelApprovalStatus.PENDING_MANUAL_APPROVAL)
        .expectedRevision(1L)
        .build());

    assertThat(trail("churn")).hasSize(before);
    assertThat(same.revision()).isEqualTo(1);
    assertThat(same.lastModifiedTime()).isEmpty();
    assertThat(f.registry.describeModelPackageGroup("churn").revision()).isEqualTo(2);
  }

  @Test
  @DisplayName("a replayed client token records nothing; a batch records one creation per new package")
  void replaysAndBatches() {
    f.group("churn");
    CreateModelPackageRequest tokened = CreateModelPackageRequest.builder()
        .modelPackageGroupName("churn").clientToken("t-1").build();
    f.registry.createModelPackage(tokened);
    f.registry.createModelPackage(tokened);
    f.registry.createModelPackages("churn", List.of(tokened,
        CreateModelPackageRequest.builder().modelPackageGroupName("churn").build(),
        CreateModelPackageRequest.builder().modelPackageGroupName("churn").build()));

    assertThat(trail("churn")).extracting(AuditRecord::operation, r -> r.modelPackageVersion())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(CREATE_MODEL_PACKAGE_GROUP, Optional.empty()),
            org.assertj.core.groups.Tuple.tuple(CREATE_MODEL_PACKAGE, Optional.of(1)),
            org.assertj.core.groups.Tuple.tuple(CREATE_MODEL_PACKAGE, Optional.of(2)),
            org.assertj.core.groups.Tuple.tuple(CREATE_MODEL_PACKAGE, Optional.of(3)));
  }

  @Test
  @DisplayName("trail requests are validated: resource, page size, and tokens of another resource")
  void trailValidation() {
    f.group("churn");
    f.group("fraud");
    f.register("churn");
    f.register("churn");
    assertThatThrownBy(() -> f.registry.getAuditTrail(AuditTrailRequest.of("bad_name")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting("path").containsExactly("resource"));
    assertThatThrownBy(() -> f.registry.getAuditTrail(AuditTrailRequest.of("churn/x")))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> f.registry.getAuditTrail(
        AuditTrailRequest.builder().resource("churn").maxResults(101).build()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting("path").containsExactly("maxResults"));
    String token = f.registry.getAuditTrail(
        AuditTrailRequest.builder().resource("churn").maxResults(1).build()).nextToken().get();
    assertThatThrownBy(() -> f.registry.getAuditTrail(AuditTrailRequest.builder()
        .resource("fraud").nextToken(token).build()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting("path").containsExactly("nextToken"));
    assertThat(f.registry.getAuditTrail(AuditTrailRequest.of("never-existed")).items()).isEmpty();
    assertThat(f.registry.getAuditTrail(AuditTrailRequest.of(
        "arn:aws:sagemaker:eu-west-1:111111111111:model-package-group/churn")).items()).isEmpty();
  }
}
