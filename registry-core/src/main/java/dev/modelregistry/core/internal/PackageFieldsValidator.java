package dev.modelregistry.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelregistry.api.model.AdditionalInferenceSpecificationDefinition;
import dev.modelregistry.api.model.DriftCheckBaselines;
import dev.modelregistry.api.model.FileSource;
import dev.modelregistry.api.model.InferenceSpecification;
import dev.modelregistry.api.model.MetadataProperties;
import dev.modelregistry.api.model.MetricsSource;
import dev.modelregistry.api.model.ModelLifeCycle;
import dev.modelregistry.api.model.ModelMetrics;
import dev.modelregistry.api.model.ModelPackageContainerDefinition;
import dev.modelregistry.api.model.ModelPackageModelCard;
import dev.modelregistry.api.model.ModelPackageSecurityConfig;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The field rules of a model package's parts, shared by create and update. */
final class PackageFieldsValidator {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final Violations violations;

  PackageFieldsValidator(Violations violations) {
    this.violations = violations;
  }

  void inferenceSpecification(String path, InferenceSpecification spec) {
    containers(path + ".containers", spec.containers());
    supportedTypes(path, spec.supportedResponseMIMETypes());
  }

  void additionalSpecifications(
      String path, List<AdditionalInferenceSpecificationDefinition> specs, Set<String> takenNames) {
    violations.count(path, specs.size(), 0, FieldRules.MAX_ADDITIONAL_INFERENCE_SPECIFICATIONS);
    Set<String> names = new HashSet<>(takenNames);
    for (int i = 0; i < specs.size(); i++) {
      AdditionalInferenceSpecificationDefinition spec = specs.get(i);
      String at = path + "[" + i + "]";
      violations.check(at, "name", spec.name(), FieldRules.ENTITY_NAME);
      if (!names.add(spec.name())) {
        violations.add(at + ".name", spec.name(), "must be unique within the model package");
      }
      violations.check(at, "description", spec.description(), FieldRules.DESCRIPTION);
      containers(at + ".containers", spec.containers());
      supportedTypes(at, spec.supportedResponseMIMETypes());
    }
  }

  private void supportedTypes(String path, List<String> responseMimeTypes) {
    for (int i = 0; i < responseMimeTypes.size(); i++) {
      String type = responseMimeTypes.get(i);
      if (FieldRules.RESPONSE_MIME_TYPE.check(type) != null) {
        violations.check(path + ".supportedResponseMIMETypes[" + i + "]", type,
            FieldRules.RESPONSE_MIME_TYPE);
      }
    }
  }

  private void containers(String path, List<ModelPackageContainerDefinition> containers) {
    violations.count(path, containers.size(), 1, FieldRules.MAX_CONTAINERS);
    for (int i = 0; i < containers.size(); i++) {
      container(path + "[" + i + "]", containers.get(i));
    }
  }

  private void container(String path, ModelPackageContainerDefinition container) {
    violations
        .check(path, "containerHostname", container.containerHostname(),
            FieldRules.CONTAINER_HOSTNAME)
        .check(path, "image", container.image(), FieldRules.IMAGE)
        .check(path, "imageDigest", container.imageDigest(), FieldRules.DIGEST)
        .check(path, "modelDataUrl", container.modelDataUrl(), FieldRules.URI)
        .check(path, "frameworkVersion", container.frameworkVersion(), FieldRules.FRAMEWORK_VERSION);
    container.modelInput().ifPresent(input -> violations.check(
        path + ".modelInput.dataInputConfig", input.dataInputConfig(), FieldRules.DATA_INPUT_CONFIG));
    Map<String, String> environment = container.environment();
    violations.count(path + ".environment", environment.size(), 0, FieldRules.MAX_ENVIRONMENT);
    environment.forEach((key, value) -> violations
        .check(path, "environment.key", key, FieldRules.ENVIRONMENT_KEY)
        .check(path, "environment.value", value, FieldRules.ENVIRONMENT_VALUE));
  }

  void metadataProperties(String path, MetadataProperties metadata) {
    violations
        .check(path, "commitId", metadata.commitId(), FieldRules.METADATA_PROPERTY)
        .check(path, "repository", metadata.repository(), FieldRules.METADATA_PROPERTY)
        .check(path, "generatedBy", metadata.generatedBy(), FieldRules.METADATA_PROPERTY)
        .check(path, "projectId", metadata.projectId(), FieldRules.METADATA_PROPERTY);
  }

  void modelMetrics(String path, ModelMetrics metrics) {
    metrics.modelQuality().ifPresent(q -> {
      metricsSource(path + ".modelQuality.statistics", q.statistics());
      metricsSource(path + ".modelQuality.constraints", q.constraints());
    });
    metrics.modelDataQuality().ifPresent(q -> {
      metricsSource(path + ".modelDataQuality.statistics", q.statistics());
      metricsSource(path + ".modelDataQuality.constraints", q.constraints());
    });
    metrics.bias().ifPresent(b -> {
      metricsSource(path + ".bias.report", b.report());
      metricsSource(path + ".bias.preTrainingReport", b.preTrainingReport());
      metricsSource(path + ".bias.postTrainingReport", b.postTrainingReport());
    });
    metrics.explainability().ifPresent(e -> metricsSource(path + ".explainability.report", e.report()));
  }

  void driftCheckBaselines(String path, DriftCheckBaselines baselines) {
    baselines.bias().ifPresent(b -> {
      fileSource(path + ".bias.configFile", b.configFile());
      metricsSource(path + ".bias.preTrainingConstraints", b.preTrainingConstraints());
      metricsSource(path + ".bias.postTrainingConstraints", b.postTrainingConstraints());
    });
    baselines.explainability().ifPresent(e -> {
      metricsSource(path + ".explainability.constraints", e.constraints());
      fileSource(path + ".explainability.configFile", e.configFile());
    });
    baselines.modelQuality().ifPresent(q -> {
      metricsSource(path + ".modelQuality.statistics", q.statistics());
      metricsSource(path + ".modelQuality.constraints", q.constraints());
    });
    baselines.modelDataQuality().ifPresent(q -> {
      metricsSource(path + ".modelDataQuality.statistics", q.statistics());
      metricsSource(path + ".modelDataQuality.constraints", q.constraints());
    });
  }

  private void metricsSource(String path, Optional<MetricsSource> source) {
    source.ifPresent(s -> violations
        .check(path, "contentType", s.contentType(), FieldRules.METRICS_CONTENT_TYPE)
        .check(path, "contentDigest", s.contentDigest(), FieldRules.DIGEST)
        .check(path, "s3Uri", s.s3Uri(), FieldRules.REQUIRED_URI));
  }

  private void fileSource(String path, Optional<FileSource> source) {
    source.ifPresent(s -> violations
        .check(path, "contentType", s.contentType(), FieldRules.METRICS_CONTENT_TYPE)
        .check(path, "contentDigest", s.contentDigest(), FieldRules.DIGEST)
        .check(path, "s3Uri", s.s3Uri(), FieldRules.REQUIRED_URI));
  }

  void modelLifeCycle(String path, ModelLifeCycle lifeCycle) {
    violations
        .check(path, "stage", lifeCycle.stage(), FieldRules.ENTITY_NAME)
        .check(path, "stageStatus", lifeCycle.stageStatus(), FieldRules.ENTITY_NAME)
        .check(path, "stageDescription", lifeCycle.stageDescription(), FieldRules.DESCRIPTION);
  }

  void modelCard(String path, ModelPackageModelCard card) {
    card.modelCardContent().ifPresent(content -> {
      String contentPath = path + ".modelCardContent";
      int before = violationCount();
      violations.check(contentPath, content, FieldRules.MODEL_CARD_CONTENT);
      if (before == violationCount() && !content.isEmpty() && !isJson(content)) {
        violations.add(contentPath, content, "must be a JSON document");
      }
    });
  }

  void securityConfig(String path, ModelPackageSecurityConfig config) {
    violations.check(path, "kmsKeyId", config.kmsKeyId(), FieldRules.KMS_KEY_ID);
  }

  /** Checks entries to upsert; an explicitly empty map is invalid (SageMaker's minimum is 1). */
  void customerMetadata(String path, Map<String, String> entries) {
    violations.count(path, entries.size(), 1, FieldRules.MAX_CUSTOMER_METADATA);
    entries.forEach((key, value) -> {
      if (key == null || value == null) {
        violations.add(path + (key == null ? ".key" : ".value"), key, "must not be null");
        return;
      }
      violations
          .check(path, "key", key, FieldRules.CUSTOMER_METADATA_KEY)
          .check(path, "value", value, FieldRules.CUSTOMER_METADATA_VALUE);
    });
  }

  private int violationCount() {
    return violations.size();
  }

  private static boolean isJson(String text) {
    try {
      return !JSON.readTree(text).isMissingNode();
    } catch (JsonProcessingException e) {
      return false;
    }
  }
}
