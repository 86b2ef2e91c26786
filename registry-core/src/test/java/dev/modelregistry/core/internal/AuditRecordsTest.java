package dev.modelregistry.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.audit.FieldChange;
import dev.modelregistry.api.model.ImmutableModelPackage;
import dev.modelregistry.api.model.InferenceSpecification;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelLifeCycle;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageStatus;
import dev.modelregistry.api.model.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How field changes are named and valued in audit records. */
class AuditRecordsTest {
  private static final ImmutableModelPackage BEFORE = ModelPackage.builder()
      .modelPackageGroupName("churn")
      .modelPackageVersion(2)
      .modelPackageArn("arn:aws:sagemaker:us-east-1:000000000000:model-package/churn/2")
      .creationTime(Instant.parse("2026-01-01T00:00:00Z"))
      .modelPackageStatus(ModelPackageStatus.COMPLETED)
      .modelApprovalStatus(ModelApprovalStatus.PENDING_MANUAL_APPROVAL)
      .customerMetadataProperties(Map.of("owner", "team-a", "gone", "x"))
      .build();

  private static FieldChange change(String field, String oldValue, String newValue) {
    return FieldChange.of(field, Optional.ofNullable(oldValue), Optional.ofNullable(newValue));
  }

  @Test
  @DisplayName("an update records each changed field with SageMaker's member names, old and new")
  void packageChanges() {
    ModelPackage after = BEFORE
        .withModelApprovalStatus(ModelApprovalStatus.APPROVED)
        .withApprovalDescription("looks good")
        .withCustomerMetadataProperties(Map.of("owner", "team-b", "new", "1"))
        .withInferenceSpecification(InferenceSpecification.builder()
            .addSupportedContentTypes("text/csv").addSupportedResponseMIMETypes("text/csv")
            .build())
        .withSourceUri("s3://bucket/src")
        .withModelLifeCycle(ModelLifeCycle.builder().stage("prod").stageStatus("Approved").build());

    assertThat(AuditRecords.packageChanges(BEFORE, after)).containsExactly(
        change("ModelApprovalStatus", "PendingManualApproval", "Approved"),
        change("ApprovalDescription", null, "looks good"),
        change("CustomerMetadataProperties.gone", "x", null),
        change("CustomerMetadataProperties.new", null, "1"),
        change("CustomerMetadataProperties.owner", "team-a", "team-b"),
        change("InferenceSpecification", null, "changed"),
        change("SourceUri", null, "s3://bucket/src"),
        change("ModelLifeCycle.Stage", null, "prod"),
        change("ModelLifeCycle.StageStatus", null, "Approved"));
    assertThat(AuditRecords.packageChanges(BEFORE, BEFORE)).isEmpty();
  }

  @Test
  @DisplayName("tag changes name each added, revalued and removed key")
  void tagChanges() {
    assertThat(AuditRecords.tagChanges(
        List.of(Tag.of("team", "risk"), Tag.of("stage", "dev"), Tag.of("same", "1")),
        List.of(Tag.of("team", "fraud"), Tag.of("same", "1"), Tag.of("cost", "7"))))
        .containsExactly(
            change("Tags.team", "risk", "fraud"),
            change("Tags.cost", null, "7"),
            change("Tags.stage", "dev", null));
  }

  @Test
  @DisplayName("a registration records status, description, provenance and customer metadata as new values")
  void registrationChanges() {
    ModelPackage created = BEFORE
        .withModelPackageDescription("gbm")
        .withMetadataProperties(dev.modelregistry.api.model.MetadataProperties.builder()
            .commitId("abc123").repository("git@x:y.git").build())
        .withCustomerMetadataProperties(Map.of("owner", "team-a"));
    assertThat(AuditRecords.registrationChanges(created)).containsExactly(
        change("ModelApprovalStatus", null, "PendingManualApproval"),
        change("ModelPackageDescription", null, "gbm"),
        change("MetadataProperties.CommitId", null, "abc123"),
        change("MetadataProperties.Repository", null, "git@x:y.git"),
        change("CustomerMetadataProperties.owner", null, "team-a"));
  }
}
