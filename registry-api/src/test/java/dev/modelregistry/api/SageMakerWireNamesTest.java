package dev.modelregistry.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.audit.AuditTrailRequest;
import dev.modelregistry.api.audit.FieldChange;
import dev.modelregistry.api.model.AdditionalInferenceSpecificationDefinition;
import dev.modelregistry.api.model.BatchDescribeModelPackageError;
import dev.modelregistry.api.model.BatchDescribeModelPackageResult;
import dev.modelregistry.api.model.Bias;
import dev.modelregistry.api.model.DriftCheckBaselines;
import dev.modelregistry.api.model.DriftCheckBias;
import dev.modelregistry.api.model.DriftCheckExplainability;
import dev.modelregistry.api.model.DriftCheckModelDataQuality;
import dev.modelregistry.api.model.DriftCheckModelQuality;
import dev.modelregistry.api.model.Explainability;
import dev.modelregistry.api.model.FileSource;
import dev.modelregistry.api.model.IamIdentity;
import dev.modelregistry.api.model.InferenceSpecification;
import dev.modelregistry.api.model.MetadataProperties;
import dev.modelregistry.api.model.MetricsSource;
import dev.modelregistry.api.model.ModelDataQuality;
import dev.modelregistry.api.model.ModelInput;
import dev.modelregistry.api.model.ModelLifeCycle;
import dev.modelregistry.api.model.ModelMetrics;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageContainerDefinition;
import dev.modelregistry.api.model.ModelPackageGroup;
import dev.modelregistry.api.model.ModelPackageGroupSummary;
import dev.modelregistry.api.model.ModelPackageHistoryEntry;
import dev.modelregistry.api.model.ModelPackageModelCard;
import dev.modelregistry.api.model.ModelPackageSecurityConfig;
import dev.modelregistry.api.model.ModelPackageStateChangeEvent;
import dev.modelregistry.api.model.ModelPackageSummary;
import dev.modelregistry.api.model.ModelQuality;
import dev.modelregistry.api.model.Tag;
import dev.modelregistry.api.model.UserContext;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.api.request.ListModelPackageGroupsRequest;
import dev.modelregistry.api.request.ListModelPackagesRequest;
import dev.modelregistry.api.request.ListTagsRequest;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The wire names of every value type that mirrors a SageMaker shape must be member names of that
 * shape in the {@code sagemaker} 2017-07-24 service model (the API models a subset of members).
 * The member lists below are copied from that service model, shape by shape; types SageMaker does
 * not have are listed in {@link #OUR_OWN_TYPES}.
 */
class SageMakerWireNamesTest {
  private static final ObjectMapper JSON = ModelRegistryJson.newObjectMapper();

  private static final Set<String> CONTAINER_LISTS = Set.of(
      "Containers", "SupportedTransformInstanceTypes", "SupportedRealtimeInferenceInstanceTypes",
      "SupportedContentTypes", "SupportedResponseMIMETypes");

  /** API type to the members of the SageMaker shape it mirrors (shape name in the comment). */
  static final Map<Class<?>, Set<String>> SAGEMAKER_SHAPES = new LinkedHashMap<>();

  static {
    // DescribeModelPackageOutput
    SAGEMAKER_SHAPES.put(ModelPackage.class, Set.of(
        "ModelPackageName", "ModelPackageGroupName", "ModelPackageVersion",
        "ModelPackageRegistrationType", "ModelPackageArn", "ModelPackageDescription",
        "CreationTime", "InferenceSpecification", "SourceAlgorithmSpecification",
        "ValidationSpecification", "ModelPackageStatus", "ModelPackageStatusDetails",
        "CertifyForMarketplace", "ModelApprovalStatus", "CreatedBy", "MetadataProperties",
        "ModelMetrics", "LastModifiedTime", "LastModifiedBy", "ApprovalDescription", "Domain",
        "Task", "SamplePayloadUrl", "CustomerMetadataProperties", "DriftCheckBaselines",
        "AdditionalInferenceSpecifications", "SkipModelValidation", "SourceUri", "SecurityConfig",
        "ModelCard", "ModelLifeCycle"));
    // ModelPackageSummary
    SAGEMAKER_SHAPES.put(ModelPackageSummary.class, Set.of(
        "ModelPackageName", "ModelPackageGroupName", "ModelPackageVersion", "ModelPackageArn",
        "ModelPackageDescription", "CreationTime", "ModelPackageStatus", "ModelApprovalStatus",
        "ModelLifeCycle", "ModelPackageRegistrationType"));
    // DescribeModelPackageGroupOutput
    SAGEMAKER_SHAPES.put(ModelPackageGroup.class, Set.of(
        "ModelPackageGroupName", "ModelPackageGroupArn", "ModelPackageGroupDescription",
        "CreationTime", "CreatedBy", "ModelPackageGroupStatus"));
    // ModelPackageGroupSummary
    SAGEMAKER_SHAPES.put(ModelPackageGroupSummary.class, Set.of(
        "ModelPackageGroupName", "ModelPackageGroupArn", "ModelPackageGroupDescription",
        "CreationTime", "ModelPackageGroupStatus"));
    // BatchDescribeModelPackageOutput
    SAGEMAKER_SHAPES.put(BatchDescribeModelPackageResult.class, Set.of(
        "ModelPackageSummaries", "BatchDescribeModelPackageErrorMap"));
    // BatchDescribeModelPackageError
    SAGEMAKER_SHAPES.put(BatchDescribeModelPackageError.class, Set.of("ErrorCode", "ErrorResponse"));
    // InferenceSpecification
    SAGEMAKER_SHAPES.put(InferenceSpecification.class, CONTAINER_LISTS);
    // AdditionalInferenceSpecificationDefinition
    Set<String> additional = new TreeSet<>(CONTAINER_LISTS);
    additional.addAll(List.of("Name", "Description"));
    SAGEMAKER_SHAPES.put(AdditionalInferenceSpecificationDefinition.class, additional);
    // ModelPackageContainerDefinition
    SAGEMAKER_SHAPES.put(ModelPackageContainerDefinition.class, Set.of(
        "ContainerHostname", "Image", "ImageDigest", "ModelDataUrl", "ModelDataSource",
        "ProductId", "Environment", "ModelInput", "Framework", "FrameworkVersion",
        "NearestModelName", "AdditionalS3DataSource", "ModelDataETag", "IsCheckpoint",
        "BaseModel"));
    // ModelInput
    SAGEMAKER_SHAPES.put(ModelInput.class, Set.of("DataInputConfig"));
    // MetricsSource, FileSource
    SAGEMAKER_SHAPES.put(MetricsSource.class, Set.of("ContentType", "ContentDigest", "S3Uri"));
    SAGEMAKER_SHAPES.put(FileSource.class, Set.of("ContentType", "ContentDigest", "S3Uri"));
    // ModelMetrics and its parts
    SAGEMAKER_SHAPES.put(ModelMetrics.class,
        Set.of("ModelQuality", "ModelDataQuality", "Bias", "Explainability"));
    SAGEMAKER_SHAPES.put(ModelQuality.class, Set.of("Statistics", "Constraints"));
    SAGEMAKER_SHAPES.put(ModelDataQuality.class, Set.of("Statistics", "Constraints"));
    SAGEMAKER_SHAPES.put(Bias.class, Set.of("Report", "PreTrainingReport", "PostTrainingReport"));
    SAGEMAKER_SHAPES.put(Explainability.class, Set.of("Report"));
    // DriftCheckBaselines and its parts
    SAGEMAKER_SHAPES.put(DriftCheckBaselines.class,
        Set.of("Bias", "Explainability", "ModelQuality", "ModelDataQuality"));
    SAGEMAKER_SHAPES.put(DriftCheckBias.class,
        Set.of("ConfigFile", "PreTrainingConstraints", "PostTrainingConstraints"));
    SAGEMAKER_SHAPES.put(DriftCheckExplainability.class, Set.of("Constraints", "ConfigFile"));
    SAGEMAKER_SHAPES.put(DriftCheckModelQuality.class, Set.of("Statistics", "Constraints"));
    SAGEMAKER_SHAPES.put(DriftCheckModelDataQuality.class, Set.of("Statistics", "Constraints"));
    // MetadataProperties, UserContext, IamIdentity
    SAGEMAKER_SHAPES.put(MetadataProperties.class,
        Set.of("CommitId", "Repository", "GeneratedBy", "ProjectId"));
    SAGEMAKER_SHAPES.put(UserContext.class,
        Set.of("UserProfileArn", "UserProfileName", "DomainId", "IamIdentity"));
    SAGEMAKER_SHAPES.put(IamIdentity.class, Set.of("Arn", "PrincipalId", "SourceIdentity"));
    // ModelLifeCycle, ModelPackageModelCard, ModelPackageSecurityConfig, Tag
    SAGEMAKER_SHAPES.put(ModelLifeCycle.class, Set.of("Stage", "StageStatus", "StageDescription"));
    SAGEMAKER_SHAPES.put(ModelPackageModelCard.class, Set.of("ModelCardContent", "ModelCardStatus"));
    SAGEMAKER_SHAPES.put(ModelPackageSecurityConfig.class, Set.of("KmsKeyId"));
    SAGEMAKER_SHAPES.put(Tag.class, Set.of("Key", "Value"));
    // CreateModelPackageGroupInput
    SAGEMAKER_SHAPES.put(CreateModelPackageGroupRequest.class,
        Set.of("ModelPackageGroupName", "ModelPackageGroupDescription", "Tags"));
    // CreateModelPackageInput
    SAGEMAKER_SHAPES.put(CreateModelPackageRequest.class, Set.of(
        "ModelPackageName", "ModelPackageGroupName", "ModelPackageDescription",
        "ModelPackageRegistrationType", "InferenceSpecification", "ValidationSpecification",
        "SourceAlgorithmSpecification", "CertifyForMarketplace", "Tags", "ModelApprovalStatus",
        "MetadataProperties", "ModelMetrics", "ClientToken", "Domain", "Task", "SamplePayloadUrl",
        "CustomerMetadataProperties", "DriftCheckBaselines", "AdditionalInferenceSpecifications",
        "SkipModelValidation", "SourceUri", "SecurityConfig", "ModelCard", "ModelLifeCycle"));
    // UpdateModelPackageInput
    SAGEMAKER_SHAPES.put(UpdateModelPackageRequest.class, Set.of(
        "ModelPackageArn", "ModelApprovalStatus", "ApprovalDescription",
        "CustomerMetadataProperties", "CustomerMetadataPropertiesToRemove",
        "AdditionalInferenceSpecificationsToAdd", "InferenceSpecification", "SourceUri",
        "ModelCard", "ModelLifeCycle", "ClientToken"));
    // ListModelPackageGroupsInput
    SAGEMAKER_SHAPES.put(ListModelPackageGroupsRequest.class, Set.of(
        "CreationTimeAfter", "CreationTimeBefore", "MaxResults", "NameContains", "NextToken",
        "SortBy", "SortOrder", "CrossAccountFilterOption"));
    // ListModelPackagesInput
    SAGEMAKER_SHAPES.put(ListModelPackagesRequest.class, Set.of(
        "CreationTimeAfter", "CreationTimeBefore", "MaxResults", "NameContains",
        "ModelApprovalStatus", "ModelPackageGroupName", "ModelPackageType", "NextToken", "SortBy",
        "SortOrder"));
    // ListTagsInput
    SAGEMAKER_SHAPES.put(ListTagsRequest.class, Set.of("ResourceArn", "NextToken", "MaxResults"));
  }

  /**
   * Members the API adds to a SageMaker shape on purpose, under the name SageMaker uses for the
   * same field elsewhere. {@code CreateModelPackage} has no {@code ApprovalDescription} in SageMaker
   * (only {@code UpdateModelPackage} does); the contract lets a create carry it.
   */
  static final Map<Class<?>, Set<String>> EXTENSIONS = Map.of(
      CreateModelPackageRequest.class, Set.of("ApprovalDescription"),
      // Optimistic concurrency (issue #4): revisions are this project's own.
      ModelPackage.class, Set.of("Revision"),
      ModelPackageGroup.class, Set.of("Revision"),
      UpdateModelPackageRequest.class, Set.of("ExpectedRevision"),
      // Provenance filters (issue #4), named as the package members they filter on.
      ListModelPackagesRequest.class, Set.of("MetadataProperties", "CustomerMetadataProperties"));

  /** Types with no SageMaker counterpart; their wire names are this project's own. */
  static final Set<Class<?>> OUR_OWN_TYPES =
      Set.of(ModelPackageHistoryEntry.class, ModelPackageStateChangeEvent.class,
          AuditRecord.class, AuditTrailRequest.class, FieldChange.class);

  @Test
  void everyWireNameIsAMemberOfTheMirroredSageMakerShape() {
    for (Map.Entry<Class<?>, Set<String>> shape : SAGEMAKER_SHAPES.entrySet()) {
      Set<String> own = new TreeSet<>(JsonRoundTripTest.wireNames(shape.getKey()));
      own.removeAll(EXTENSIONS.getOrDefault(shape.getKey(), Set.of()));

      assertThat(shape.getValue())
          .as("SageMaker members of the shape mirrored by %s", shape.getKey().getSimpleName())
          .containsAll(own);
    }
  }

  @Test
  void declaredExtensionsAreReallyAbsentFromSageMakerAndPresentInTheApi() {
    for (Map.Entry<Class<?>, Set<String>> extension : EXTENSIONS.entrySet()) {
      assertThat(SAGEMAKER_SHAPES.get(extension.getKey())).doesNotContainAnyElementsOf(extension.getValue());
      assertThat(JsonRoundTripTest.wireNames(extension.getKey())).containsAll(extension.getValue());
    }
  }

  @Test
  void batchDescribeResultWritesFoundPackagesUnderModelPackageSummariesAsSageMakerDoes() {
    JsonNode tree = JSON.valueToTree(Samples.batchDescribeModelPackageResult());

    assertThat(JsonRoundTripTest.fieldNames(tree))
        .containsExactlyInAnyOrder("ModelPackageSummaries", "BatchDescribeModelPackageErrorMap");
    assertThat(tree.at("/ModelPackageSummaries/" + escape(Samples.PACKAGE_ARN) + "/ModelPackageVersion")
        .asInt()).isEqualTo(3);
    assertThat(tree.at("/BatchDescribeModelPackageErrorMap/" + escape(Samples.ACCOUNT_ARN
        + ":model-package/" + Samples.GROUP + "/99") + "/ErrorCode").asText())
        .isEqualTo("ResourceNotFound");
  }

  private static String escape(String pointerSegment) {
    return pointerSegment.replace("~", "~0").replace("/", "~1");
  }
}
