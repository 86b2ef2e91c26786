package dev.modelregistry.testkit;

import dev.modelregistry.api.model.AdditionalInferenceSpecificationDefinition;
import dev.modelregistry.api.model.Bias;
import dev.modelregistry.api.model.DriftCheckBaselines;
import dev.modelregistry.api.model.DriftCheckBias;
import dev.modelregistry.api.model.DriftCheckModelDataQuality;
import dev.modelregistry.api.model.Explainability;
import dev.modelregistry.api.model.FileSource;
import dev.modelregistry.api.model.ImmutableMetricsSource;
import dev.modelregistry.api.model.ImmutableModelPackageContainerDefinition;
import dev.modelregistry.api.model.InferenceSpecification;
import dev.modelregistry.api.model.MetadataProperties;
import dev.modelregistry.api.model.MetricsSource;
import dev.modelregistry.api.model.ModelInput;
import dev.modelregistry.api.model.ModelMetrics;
import dev.modelregistry.api.model.ModelPackageContainerDefinition;
import dev.modelregistry.api.model.ModelPackageModelCard;
import dev.modelregistry.api.model.ModelPackageSecurityConfig;
import dev.modelregistry.api.model.ModelQuality;
import dev.modelregistry.api.request.ImmutableCreateModelPackageRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One broken field of a create-package request per case, deep inside the request as well as at
 * its top: the path the registry must report, the value it must report, and how to break it.
 */
final class BrokenFields {
  private BrokenFields() {}

  /**
   * A minimal valid request with one field broken.
   *
   * @param path the violation path the registry must report
   * @param value the value the violation must carry
   * @param breakIt sets the broken value on a minimal valid request's builder
   */
  record Case(String path, String value,
      Consumer<ImmutableCreateModelPackageRequest.Builder> breakIt) {
    @Override
    public String toString() {
      return "reports " + path + " = " + FieldVectors.show(value);
    }
  }

  static List<Case> createPackageCases() {
    return List.of(
        new Case("modelPackageGroupName", "churn_model", b -> b.modelPackageGroupName("churn_model")),
        new Case("modelPackageDescription", "nul\u0000byte", b -> b.modelPackageDescription("nul\u0000byte")),
        new Case("approvalDescription", "two\nlines", b -> b.approvalDescription("two\nlines")),
        new Case("clientToken", "under_score", b -> b.clientToken("under_score")),
        new Case("sourceUri", "a|b", b -> b.sourceUri("a|b")),
        new Case("samplePayloadUrl", "ftp://samples/x", b -> b.samplePayloadUrl("ftp://samples/x")),
        new Case("inferenceSpecification.containers", "0",
            b -> b.inferenceSpecification(InferenceSpecification.builder().build())),
        container("image", "two words", c -> c.image("two words")),
        container("containerHostname", "-primary", c -> c.containerHostname("-primary")),
        container("imageDigest", "md5:abc", c -> c.imageDigest("md5:abc")),
        container("modelDataUrl", "bucket/model.tar.gz", c -> c.modelDataUrl("bucket/model.tar.gz")),
        container("frameworkVersion", "v1.7", c -> c.frameworkVersion("v1.7")),
        container("environment.key", "1_STARTS_WITH_DIGIT",
            c -> c.putEnvironment("1_STARTS_WITH_DIGIT", "x")),
        container("modelInput.dataInputConfig", "",
            c -> c.modelInput(ModelInput.builder().dataInputConfig("").build())),
        new Case("inferenceSpecification.containers[1].image", "", b -> b.inferenceSpecification(
            InferenceSpecification.builder().addContainers(Fixtures.container())
                .addContainers(ModelPackageContainerDefinition.builder().image("").build())
                .build())),
        new Case("inferenceSpecification.supportedResponseMIMETypes[1]", "csv",
            b -> b.inferenceSpecification(InferenceSpecification.builder()
                .addContainers(Fixtures.container())
                .addSupportedResponseMIMETypes("text/csv", "csv").build())),
        new Case("modelMetrics.modelQuality.statistics.s3Uri", "ftp://metrics/x",
            b -> b.modelMetrics(ModelMetrics.builder().modelQuality(ModelQuality.builder()
                .statistics(metrics("ftp://metrics/x", null)).build()).build())),
        new Case("modelMetrics.bias.postTrainingReport.contentDigest", "sha256:zz",
            b -> b.modelMetrics(ModelMetrics.builder().bias(Bias.builder()
                .postTrainingReport(metrics("s3://m/bias.json", "sha256:zz")).build()).build())),
        new Case("modelMetrics.explainability.report.contentType", "text\njson",
            b -> b.modelMetrics(ModelMetrics.builder().explainability(Explainability.builder()
                .report(MetricsSource.builder().contentType("text\njson").s3Uri("s3://m/e.json")
                    .build()).build()).build())),
        new Case("driftCheckBaselines.bias.configFile.s3Uri", "bucket/config.json",
            b -> b.driftCheckBaselines(DriftCheckBaselines.builder().bias(DriftCheckBias.builder()
                .configFile(FileSource.builder().s3Uri("bucket/config.json").build())
                .build()).build())),
        new Case("driftCheckBaselines.modelDataQuality.constraints.s3Uri", "",
            b -> b.driftCheckBaselines(DriftCheckBaselines.builder()
                .modelDataQuality(DriftCheckModelDataQuality.builder()
                    .constraints(metrics("", null)).build()).build())),
        new Case("metadataProperties.commitId", "4f0c\n1a2",
            b -> b.metadataProperties(MetadataProperties.builder().commitId("4f0c\n1a2").build())),
        new Case("metadataProperties.repository", "r".repeat(1025),
            b -> b.metadataProperties(MetadataProperties.builder().repository("r".repeat(1025))
                .build())),
        new Case("customerMetadataProperties.key", "bad#key",
            b -> b.customerMetadataProperties(Map.of("bad#key", "v"))),
        new Case("customerMetadataProperties.value", "100%",
            b -> b.customerMetadataProperties(Map.of("auc", "100%"))),
        new Case("additionalInferenceSpecifications[0].name", "gpu_large",
            b -> b.addAdditionalInferenceSpecifications(Fixtures.additional("gpu_large"))),
        new Case("additionalInferenceSpecifications[0].description", "tab\there",
            b -> b.addAdditionalInferenceSpecifications(AdditionalInferenceSpecificationDefinition
                .builder().name("gpu").description("tab\there").addContainers(Fixtures.container())
                .build())),
        new Case("additionalInferenceSpecifications[0].containers[0].imageDigest", "sha256:00",
            b -> b.addAdditionalInferenceSpecifications(AdditionalInferenceSpecificationDefinition
                .builder().name("gpu").addContainers(ModelPackageContainerDefinition.builder()
                    .image(Fixtures.IMAGE).imageDigest("sha256:00").build()).build())),
        new Case("securityConfig.kmsKeyId", "key id!", b -> b.securityConfig(
            ModelPackageSecurityConfig.builder().kmsKeyId("key id!").build())),
        new Case("modelCard.modelCardContent", "not json", b -> b.modelCard(
            ModelPackageModelCard.builder().modelCardContent("not json").build())),
        new Case("modelLifeCycle.stage", "in development",
            b -> b.modelLifeCycle(Fixtures.lifeCycle("in development", "InProgress", "x"))),
        new Case("modelLifeCycle.stageStatus", "-x",
            b -> b.modelLifeCycle(Fixtures.lifeCycle("Development", "-x", "x"))),
        new Case("modelLifeCycle.stageDescription", "tab\there",
            b -> b.modelLifeCycle(Fixtures.lifeCycle("Development", "InProgress", "tab\there"))));
  }

  /** Returns the case that breaks the field at {@code path}. */
  static Case byPath(String path) {
    return createPackageCases().stream().filter(c -> c.path().equals(path)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no broken-field case for " + path));
  }

  private static Case container(String field, String value,
      Consumer<ImmutableModelPackageContainerDefinition.Builder> breakIt) {
    ImmutableModelPackageContainerDefinition.Builder container =
        ModelPackageContainerDefinition.builder().image(Fixtures.IMAGE);
    breakIt.accept(container);
    InferenceSpecification spec = InferenceSpecification.builder().addContainers(container.build())
        .build();
    return new Case("inferenceSpecification.containers[0]." + field, value,
        b -> b.inferenceSpecification(spec));
  }

  private static MetricsSource metrics(String s3Uri, @Nullable String digest) {
    MetricsSource source = MetricsSource.builder().contentType("application/json").s3Uri(s3Uri)
        .build();
    return digest == null ? source
        : ImmutableMetricsSource.copyOf(source).withContentDigest(digest);
  }
}
