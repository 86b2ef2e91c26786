package dev.modelregistry.testkit;

import dev.modelregistry.api.model.AdditionalInferenceSpecificationDefinition;
import dev.modelregistry.api.model.Bias;
import dev.modelregistry.api.model.DriftCheckBaselines;
import dev.modelregistry.api.model.DriftCheckBias;
import dev.modelregistry.api.model.DriftCheckExplainability;
import dev.modelregistry.api.model.DriftCheckModelDataQuality;
import dev.modelregistry.api.model.DriftCheckModelQuality;
import dev.modelregistry.api.model.Explainability;
import dev.modelregistry.api.model.FileSource;
import dev.modelregistry.api.model.InferenceSpecification;
import dev.modelregistry.api.model.MetadataProperties;
import dev.modelregistry.api.model.MetricsSource;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelCardStatus;
import dev.modelregistry.api.model.ModelDataQuality;
import dev.modelregistry.api.model.ModelInput;
import dev.modelregistry.api.model.ModelLifeCycle;
import dev.modelregistry.api.model.ModelMetrics;
import dev.modelregistry.api.model.ModelPackageContainerDefinition;
import dev.modelregistry.api.model.ModelPackageModelCard;
import dev.modelregistry.api.model.ModelPackageSecurityConfig;
import dev.modelregistry.api.model.ModelQuality;
import dev.modelregistry.api.model.SkipModelValidation;
import dev.modelregistry.api.model.Tag;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.api.request.ImmutableCreateModelPackageRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Valid values for the contract tests: each test changes one thing and keeps the rest valid. */
final class Fixtures {
  static final String DIGEST = "sha256:" + "ab".repeat(32);
  static final String IMAGE = "123456789012.dkr.ecr.us-east-1.amazonaws.com/churn-xgboost:1.7-1";

  private Fixtures() {}

  /** Returns a container with every field set; the environment keys are deliberately unsorted. */
  static ModelPackageContainerDefinition fullContainer(String hostname) {
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("SAGEMAKER_PROGRAM", "inference.py");
    environment.put("A_SECOND", "2");
    environment.put("M_THIRD", "");
    return ModelPackageContainerDefinition.builder()
        .containerHostname(hostname)
        .image(IMAGE)
        .imageDigest(DIGEST)
        .modelDataUrl("s3://models/churn/" + hostname + "/model.tar.gz")
        .environment(environment)
        .modelInput(ModelInput.builder().dataInputConfig("{\"input_1\":[1,28,28,1]}").build())
        .framework("XGBOOST")
        .frameworkVersion("1.7")
        .nearestModelName("xgboost")
        .build();
  }

  /** Returns a create request for {@code group} with one image-only container and nothing else. */
  static ImmutableCreateModelPackageRequest.Builder minimalPackage(String group) {
    return CreateModelPackageRequest.builder()
        .modelPackageGroupName(group)
        .inferenceSpecification(inferenceSpecification(1));
  }

  /** Returns a container with only an image. */
  static ModelPackageContainerDefinition container() {
    return ModelPackageContainerDefinition.builder().image(IMAGE).build();
  }

  /** Returns an inference specification with {@code count} image-only containers. */
  static InferenceSpecification inferenceSpecification(int count) {
    List<ModelPackageContainerDefinition> containers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      containers.add(container());
    }
    return InferenceSpecification.builder().containers(containers).build();
  }

  /** Returns an inference specification whose single container is built by {@code container}. */
  static InferenceSpecification inferenceSpecification(ModelPackageContainerDefinition container) {
    return InferenceSpecification.builder().addContainers(container).build();
  }

  /** Returns a minimal additional inference specification named {@code name}. */
  static AdditionalInferenceSpecificationDefinition additional(String name) {
    return AdditionalInferenceSpecificationDefinition.builder()
        .name(name)
        .addContainers(container())
        .build();
  }

  /** Returns {@code count} additional specifications named {@code prefix-0}, {@code prefix-1}, ... */
  static List<AdditionalInferenceSpecificationDefinition> additionals(String prefix, int count) {
    List<AdditionalInferenceSpecificationDefinition> specs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      specs.add(additional(prefix + "-" + i));
    }
    return specs;
  }

  /** Returns a metrics source with a digest. */
  static MetricsSource metrics(String name) {
    return MetricsSource.builder()
        .contentType("application/json")
        .s3Uri("s3://evaluation/churn/" + name + ".json")
        .contentDigest(DIGEST)
        .build();
  }

  /** Returns a file source with every field set. */
  static FileSource file(String name) {
    return FileSource.builder()
        .contentType("application/json")
        .s3Uri("s3://evaluation/churn/" + name + ".json")
        .contentDigest(DIGEST)
        .build();
  }

  /** Returns metrics with every leaf set. */
  static ModelMetrics fullMetrics() {
    return ModelMetrics.builder()
        .modelQuality(ModelQuality.builder()
            .statistics(metrics("quality-statistics")).constraints(metrics("quality-constraints"))
            .build())
        .modelDataQuality(ModelDataQuality.builder()
            .statistics(metrics("data-statistics")).constraints(metrics("data-constraints"))
            .build())
        .bias(Bias.builder()
            .report(metrics("bias")).preTrainingReport(metrics("bias-pre"))
            .postTrainingReport(metrics("bias-post"))
            .build())
        .explainability(Explainability.builder().report(metrics("explainability")).build())
        .build();
  }

  /** Returns drift-check baselines with every leaf set. */
  static DriftCheckBaselines fullBaselines() {
    return DriftCheckBaselines.builder()
        .bias(DriftCheckBias.builder()
            .configFile(file("bias-config"))
            .preTrainingConstraints(metrics("bias-pre-constraints"))
            .postTrainingConstraints(metrics("bias-post-constraints"))
            .build())
        .explainability(DriftCheckExplainability.builder()
            .constraints(metrics("explainability-constraints"))
            .configFile(file("explainability-config"))
            .build())
        .modelQuality(DriftCheckModelQuality.builder()
            .statistics(metrics("baseline-quality-statistics"))
            .constraints(metrics("baseline-quality-constraints"))
            .build())
        .modelDataQuality(DriftCheckModelDataQuality.builder()
            .statistics(metrics("baseline-data-statistics"))
            .constraints(metrics("baseline-data-constraints"))
            .build())
        .build();
  }

  /** Returns a life-cycle stage. */
  static ModelLifeCycle lifeCycle(String stage, String status, String description) {
    return ModelLifeCycle.builder()
        .stage(stage).stageStatus(status).stageDescription(description)
        .build();
  }

  /** Returns a model card whose content is valid JSON. */
  static ModelPackageModelCard modelCard(String owner, ModelCardStatus status) {
    return ModelPackageModelCard.builder()
        .modelCardContent("{\"model_overview\":{\"model_owner\":\"" + owner + "\"}}")
        .modelCardStatus(status)
        .build();
  }

  /** Returns JSON text of exactly {@code length} characters (at least 8). */
  static String jsonOfLength(int length) {
    return "{\"a\":\"" + "x".repeat(length - 8) + "\"}";
  }

  /** Returns {@code count} distinct metadata entries {@code key-0=value-0}, ... in that order. */
  static Map<String, String> metadata(String keyPrefix, int count) {
    Map<String, String> entries = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      entries.put(keyPrefix + "-" + i, "value-" + i);
    }
    return entries;
  }

  /** Returns {@code count} distinct tags {@code prefix-0=v0}, ... */
  static List<Tag> tags(String keyPrefix, int count) {
    List<Tag> tags = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      tags.add(Tag.of(keyPrefix + "-" + i, "v" + i));
    }
    return tags;
  }

  /**
   * Returns a create request with every field of the contract set to a valid value (no client
   * token, no tags). Maps and lists are given in an order that is not sorted, to prove that the
   * registry keeps the order.
   */
  static ImmutableCreateModelPackageRequest.Builder fullPackage(String group) {
    Map<String, String> customerMetadata = new LinkedHashMap<>();
    customerMetadata.put("training-job", "churn-2026-03-01");
    customerMetadata.put("auc", "0.91");
    customerMetadata.put("owner@team", "risk team");
    return CreateModelPackageRequest.builder()
        .modelPackageGroupName(group)
        .modelPackageDescription("Weekly retrain; AUC 0.91 (holdout)")
        .inferenceSpecification(InferenceSpecification.builder()
            .addContainers(fullContainer("primary"), fullContainer("secondary"))
            .addSupportedTransformInstanceTypes("ml.m5.xlarge", "ml.c5.2xlarge")
            .addSupportedRealtimeInferenceInstanceTypes("ml.t2.medium", "ml.m5.large")
            .addSupportedContentTypes("text/csv", "application/json")
            .addSupportedResponseMIMETypes("text/csv", "application/json")
            .build())
        .modelApprovalStatus(ModelApprovalStatus.PENDING_MANUAL_APPROVAL)
        .approvalDescription("waiting for the weekly review")
        .metadataProperties(MetadataProperties.builder()
            .commitId("4f0c1a2").repository("https://git.example.com/ml/churn")
            .generatedBy("pipelines/churn-train/execution/42").projectId("p-churn")
            .build())
        .modelMetrics(fullMetrics())
        .driftCheckBaselines(fullBaselines())
        .domain("MACHINE_LEARNING")
        .task("CLASSIFICATION")
        .samplePayloadUrl("s3://samples/churn/payload.tar.gz")
        .customerMetadataProperties(customerMetadata)
        .addAdditionalInferenceSpecifications(additional("gpu"), additional("cpu-small"))
        .sourceUri("s3://sources/churn/source.tar.gz")
        .securityConfig(ModelPackageSecurityConfig.builder()
            .kmsKeyId("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef")
            .build())
        .modelCard(modelCard("risk team", ModelCardStatus.DRAFT))
        .modelLifeCycle(lifeCycle("Development", "InProgress", "first training run"))
        .skipModelValidation(SkipModelValidation.NONE);
  }
}
