package dev.modelregistry.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.model.InferenceSpecification;
import dev.modelregistry.api.model.MetadataProperties;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageContainerDefinition;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import dev.modelregistry.core.ModelRegistries;
import dev.modelregistry.inmemory.InMemoryRegistryStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmeExampleTest {

  @Test
  @DisplayName("the README's code block compiles and deploys the approved version")
  void readmeExample() {
    // --- README code block, kept identical ---
    ModelRegistry registry = ModelRegistries.builder(new InMemoryRegistryStore()).build();

    registry.createModelPackageGroup(CreateModelPackageGroupRequest.builder()
        .modelPackageGroupName("churn")
        .build());

    ModelPackage v1 = registry.createModelPackage(CreateModelPackageRequest.builder()
        .modelPackageGroupName("churn")
        .inferenceSpecification(InferenceSpecification.builder()
            .addContainers(ModelPackageContainerDefinition.builder()
                .image("123456789012.dkr.ecr.eu-west-1.amazonaws.com/churn-serve:1.7")
                .modelDataUrl("s3://models/churn/2026-11-20/model.tar.gz")
                .build())
            .build())
        .metadataProperties(MetadataProperties.builder().commitId("9b1e4c7").build())
        .customerMetadataProperties(Map.of("auc", "0.91"))
        .build());                                  // version 1, PendingManualApproval

    registry.updateModelPackage(UpdateModelPackageRequest.builder()
        .modelPackageArn(v1.modelPackageArn())
        .modelApprovalStatus(ModelApprovalStatus.APPROVED)
        .approvalDescription("AUC above the bar")
        .build());

    ModelPackage toDeploy = registry.findLatestApprovedModelPackage("churn").orElseThrow();
    // --- end of README code block ---

    assertThat(v1.modelPackageVersion()).isEqualTo(1);
    assertThat(v1.modelApprovalStatus()).isEqualTo(ModelApprovalStatus.PENDING_MANUAL_APPROVAL);
    assertThat(toDeploy.modelPackageArn()).isEqualTo(v1.modelPackageArn());
    assertThat(toDeploy.modelApprovalStatus()).isEqualTo(ModelApprovalStatus.APPROVED);
  }

  @Test
  @DisplayName("the quick start on an embedded file registry continues with versions 4, 5, 6 when run again")
  void quickStartIsDurable(@TempDir Path directory) {
    String first = runEmbedded(directory);
    String second = runEmbedded(directory);
    assertThat(first).contains("v3  PendingManualApproval").doesNotContain("v4");
    assertThat(second)
        .contains("v1  PendingManualApproval", "v2  Approved", "v3  PendingManualApproval")
        .contains("v4  PendingManualApproval", "v5  Approved", "v6  PendingManualApproval")
        .contains("Latest approved: v5");
  }

  private static String runEmbedded(Path directory) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    QuickStart.runEmbedded(directory, new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("the quick start prints the group, three versions, the approved one and its history")
  void quickStartPrintsTheTour() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    QuickStart.run(ModelRegistries.builder(new InMemoryRegistryStore()).build(),
        new PrintStream(out, true, StandardCharsets.UTF_8));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .contains("Group:    churn-xgboost")
        .contains("v1  PendingManualApproval", "v2  Approved", "v3  PendingManualApproval")
        .contains("Latest approved: v2")
        .contains("ApprovalStatusChanged  PendingManualApproval -> Approved");
  }
}
