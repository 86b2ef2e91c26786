package dev.modelregistry.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelregistry.api.model.InferenceSpecification;
import dev.modelregistry.api.model.MetadataProperties;
import dev.modelregistry.api.model.MetricsSource;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelLifeCycle;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageContainerDefinition;
import dev.modelregistry.api.model.ModelPackageStatus;
import dev.modelregistry.api.model.UserContext;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the output of {@code aws sagemaker describe-model-package} into a {@link ModelPackage}.
 *
 * <p>The fixture {@code src/test/resources/fixtures/describe-model-package.cli.json} is a copy of
 * the project's shared specification fixture {@code spec/fixtures/describe-model-package.cli.json}
 * (kept outside this repository, next to {@code model-registry-contract.md}); it was copied so
 * that the build does not depend on a path outside the repository. Update the copy when the spec
 * fixture changes.
 */
class AwsCliFixtureTest {
  private static final ObjectMapper JSON = ModelRegistryJson.newObjectMapper();
  private static final String FIXTURE = "/fixtures/describe-model-package.cli.json";

  private static ModelPackage pkg;

  @BeforeAll
  static void readFixture() throws IOException {
    try (InputStream in = AwsCliFixtureTest.class.getResourceAsStream(FIXTURE)) {
      assertThat(in).as("test resource %s", FIXTURE).isNotNull();
      pkg = JSON.readValue(in, ModelPackage.class);
    }
  }

  @Test
  void identityFieldsAreRead() {
    assertThat(pkg.modelPackageGroupName()).isEqualTo("churn-xgboost");
    assertThat(pkg.modelPackageVersion()).isEqualTo(3);
    assertThat(pkg.modelPackageArn())
        .isEqualTo("arn:aws:sagemaker:eu-west-1:123456789012:model-package/churn-xgboost/3");
    // the CLI output has no ModelPackageName for this versioned package: the group name is used
    assertThat(pkg.modelPackageName()).isEqualTo("churn-xgboost");
    assertThat(pkg.modelPackageDescription()).contains("Weekly retrain on the November snapshot");
  }

  @Test
  void timestampsWithMicrosecondFractionAndOffsetAreReadExactly() {
    assertThat(pkg.creationTime()).isEqualTo(Instant.parse("2026-11-20T09:14:03.512Z"));
    assertThat(pkg.lastModifiedTime()).contains(Instant.parse("2026-11-21T16:02:44.001Z"));
    assertThat(pkg.creationTime().getNano()).isEqualTo(512_000_000);
    assertThat(pkg.lastModifiedTime().orElseThrow().getNano()).isEqualTo(1_000_000);
  }

  @Test
  void theContainerIsReadWithEveryField() {
    InferenceSpecification spec = pkg.inferenceSpecification().orElseThrow();
    assertThat(spec.containers()).hasSize(1);
    ModelPackageContainerDefinition container = spec.containers().get(0);

    assertThat(container.image())
        .contains("123456789012.dkr.ecr.eu-west-1.amazonaws.com/xgboost-serve:1.7-1");
    assertThat(container.imageDigest())
        .contains("sha256:3f1c9a0b2d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8");
    assertThat(container.modelDataUrl()).contains("s3://ml-artifacts-eu/churn/2026-11-20/model.tar.gz");
    assertThat(container.framework()).contains("XGBOOST");
    assertThat(container.frameworkVersion()).contains("1.7");
    assertThat(container.environment()).containsExactly(Map.entry("SAGEMAKER_PROGRAM", "inference.py"));
    assertThat(container.containerHostname()).isEmpty();
    assertThat(container.modelInput()).isEmpty();
    assertThat(container.nearestModelName()).isEmpty();
  }

  @Test
  void allFourSupportedTypeListsAreReadInOrder() {
    InferenceSpecification spec = pkg.inferenceSpecification().orElseThrow();

    assertThat(spec.supportedTransformInstanceTypes()).containsExactly("ml.m5.large");
    assertThat(spec.supportedRealtimeInferenceInstanceTypes()).containsExactly("ml.m5.large", "ml.c5.xlarge");
    assertThat(spec.supportedContentTypes()).containsExactly("text/csv");
    assertThat(spec.supportedResponseMIMETypes()).containsExactly("text/csv");
  }

  @Test
  void statusesAndApprovalAreRead() {
    assertThat(pkg.modelPackageStatus()).isEqualTo(ModelPackageStatus.COMPLETED);
    assertThat(pkg.modelApprovalStatus()).isEqualTo(ModelApprovalStatus.APPROVED);
    assertThat(pkg.approvalDescription()).contains("AUC 0.91 on holdout, above the 0.88 bar");
  }

  @Test
  void createdByAndLastModifiedByAreReadWithUserProfileAndDomain() {
    assertThat(pkg.createdBy()).contains(
        UserContext.builder().userProfileName("trainer").domainId("d-abc123def456").build());
    assertThat(pkg.lastModifiedBy()).contains(
        UserContext.builder().userProfileName("reviewer").domainId("d-abc123def456").build());
  }

  @Test
  void metadataPropertiesAreRead() {
    assertThat(pkg.metadataProperties()).contains(MetadataProperties.builder()
        .commitId("9b1e4c7")
        .repository("https://git.example.com/ml/churn.git")
        .generatedBy("arn:aws:sagemaker:eu-west-1:123456789012:pipeline/churn/execution/x1y2z3")
        .projectId("p-churn")
        .build());
  }

  @Test
  void modelQualityStatisticsMetricsSourceIsRead() {
    var metrics = pkg.modelMetrics().orElseThrow();
    var quality = metrics.modelQuality().orElseThrow();

    assertThat(quality.statistics()).contains(MetricsSource.builder()
        .contentType("application/json")
        .s3Uri("s3://ml-artifacts-eu/churn/2026-11-20/evaluation.json")
        .build());
    assertThat(quality.constraints()).isEmpty();
    assertThat(metrics.modelDataQuality()).isEmpty();
    assertThat(metrics.bias()).isEmpty();
    assertThat(metrics.explainability()).isEmpty();
  }

  @Test
  void domainTaskAndSamplePayloadUrlAreRead() {
    assertThat(pkg.domain()).contains("MACHINE_LEARNING");
    assertThat(pkg.task()).contains("CLASSIFICATION");
    assertThat(pkg.samplePayloadUrl()).contains("s3://ml-artifacts-eu/churn/sample-payload.tar.gz");
  }

  @Test
  void customerMetadataPropertiesAreReadInDocumentOrder() {
    assertThat(pkg.customerMetadataProperties()).containsExactly(
        Map.entry("dataset", "customers-2026-11"), Map.entry("auc", "0.91"));
    assertThat(List.copyOf(pkg.customerMetadataProperties().keySet())).containsExactly("dataset", "auc");
  }

  @Test
  void modelLifeCycleIsRead() {
    assertThat(pkg.modelLifeCycle()).contains(ModelLifeCycle.builder()
        .stage("Production")
        .stageStatus("Approved")
        .stageDescription("Serving since 2026-11-21")
        .build());
  }

  @Test
  void membersAbsentFromTheFixtureStayAbsentAndUnmodelledOnesAreIgnored() {
    // CertifyForMarketplace and ModelPackageStatusDetails are in the fixture but not modelled
    assertThat(pkg.driftCheckBaselines()).isEmpty();
    assertThat(pkg.additionalInferenceSpecifications()).isEmpty();
    assertThat(pkg.sourceUri()).isEmpty();
    assertThat(pkg.securityConfig()).isEmpty();
    assertThat(pkg.modelCard()).isEmpty();
    assertThat(pkg.skipModelValidation()).isEmpty();
  }

  @Test
  void fixtureReadBackFromOurOwnJsonIsEqual() throws IOException {
    String written = JSON.writeValueAsString(pkg);

    assertThat(JSON.readValue(written, ModelPackage.class)).isEqualTo(pkg);
    assertThat(JSON.readTree(written).get("CreationTime").asText()).isEqualTo("2026-11-20T09:14:03.512Z");
  }
}
