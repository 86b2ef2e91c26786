package dev.modelregistry.benchmarks;

import dev.modelregistry.api.model.InferenceSpecification;
import dev.modelregistry.api.model.MetadataProperties;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageContainerDefinition;
import dev.modelregistry.api.model.ModelPackageStatus;
import dev.modelregistry.api.model.UserContext;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The "typical package" every benchmark registers: a description, one container, metadata
 * properties and five customer metadata entries (about 1 KB as JSON).
 */
final class TypicalPackages {
  static final UserContext TRAINER = UserContext.ofUserProfile("trainer");
  private static final InferenceSpecification SPEC = InferenceSpecification.builder()
      .addContainers(ModelPackageContainerDefinition.builder()
          .image("123456789012.dkr.ecr.eu-west-1.amazonaws.com/xgboost-serve:1.7-1")
          .modelDataUrl("s3://ml-artifacts-eu/churn/2026-11-20/model.tar.gz")
          .framework("XGBOOST")
          .frameworkVersion("1.7")
          .putEnvironment("SAGEMAKER_PROGRAM", "inference.py")
          .build())
      .addSupportedContentTypes("text/csv")
      .addSupportedResponseMIMETypes("text/csv")
      .build();
  private static final MetadataProperties METADATA = MetadataProperties.builder()
      .commitId("9b1e4c7")
      .repository("https://git.example.com/ml/churn.git")
      .generatedBy("pipeline/churn/execution/x1y2z3")
      .projectId("p-churn")
      .build();
  private static final Map<String, String> CUSTOMER_METADATA = customerMetadata();

  private TypicalPackages() {}

  static CreateModelPackageRequest request(String group) {
    return CreateModelPackageRequest.builder()
        .modelPackageGroupName(group)
        .modelPackageDescription("Weekly retrain on the November snapshot")
        .inferenceSpecification(SPEC)
        .metadataProperties(METADATA)
        .customerMetadataProperties(CUSTOMER_METADATA)
        .build();
  }

  /** The package the registry would build for {@code request}, built directly. */
  static ModelPackage packageFor(CreateModelPackageRequest request, String arn, int version,
      Instant now) {
    return ModelPackage.builder()
        .modelPackageGroupName(request.modelPackageGroupName())
        .modelPackageVersion(version)
        .modelPackageArn(arn)
        .modelPackageDescription(request.modelPackageDescription())
        .creationTime(now)
        .inferenceSpecification(request.inferenceSpecification())
        .modelPackageStatus(ModelPackageStatus.COMPLETED)
        .modelApprovalStatus(ModelApprovalStatus.PENDING_MANUAL_APPROVAL)
        .createdBy(TRAINER)
        .metadataProperties(request.metadataProperties())
        .customerMetadataProperties(request.customerMetadataProperties().orElseThrow())
        .build();
  }

  private static Map<String, String> customerMetadata() {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("dataset", "customers-2026-11");
    entries.put("auc", "0.91");
    entries.put("f1", "0.84");
    entries.put("owner", "risk-team");
    entries.put("training-job", "churn-2026-11-20-0914");
    return entries;
  }
}
