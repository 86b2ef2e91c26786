package dev.modelregistry.api;

import dev.modelregistry.api.model.AdditionalInferenceSpecificationDefinition;
import dev.modelregistry.api.audit.AuditOperation;
import dev.modelregistry.api.audit.AuditOutcome;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.audit.AuditTrailRequest;
import dev.modelregistry.api.audit.FieldChange;
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
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackageType;
import dev.modelregistry.api.model.ModelCardStatus;
import dev.modelregistry.api.model.ModelDataQuality;
import dev.modelregistry.api.model.ModelInput;
import dev.modelregistry.api.model.ModelLifeCycle;
import dev.modelregistry.api.model.ModelMetrics;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageChangeType;
import dev.modelregistry.api.model.ModelPackageContainerDefinition;
import dev.modelregistry.api.model.ModelPackageGroup;
import dev.modelregistry.api.model.ModelPackageGroupStatus;
import dev.modelregistry.api.model.ModelPackageGroupSummary;
import dev.modelregistry.api.model.ModelPackageHistoryEntry;
import dev.modelregistry.api.model.ModelPackageModelCard;
import dev.modelregistry.api.model.ModelPackageSecurityConfig;
import dev.modelregistry.api.model.ModelPackageStateChangeEvent;
import dev.modelregistry.api.model.ModelPackageStatus;
import dev.modelregistry.api.model.ModelPackageSummary;
import dev.modelregistry.api.model.ModelQuality;
import dev.modelregistry.api.model.SkipModelValidation;
import dev.modelregistry.api.model.SortBy;
import dev.modelregistry.api.model.SortOrder;
import dev.modelregistry.api.model.Tag;
import dev.modelregistry.api.model.UserContext;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.api.request.ListModelPackageGroupsRequest;
import dev.modelregistry.api.request.ListModelPackagesRequest;
import dev.modelregistry.api.request.ListTagsRequest;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One instance of every value type of {@code api.model} and {@code api.request} with every
 * attribute set to a value other than its default: optionals present, lists with several items,
 * maps with several entries in an order that is not sorted (so a lost insertion order shows), and
 * nested structures populated the same way, all the way down.
 *
 * <p>{@code SampleCompletenessTest} checks by reflection that no attribute was left empty, and
 * {@code ValueTypeCoverageTest} that every value type has a sample here.
 */
final class Samples {
  private Samples() {}

  static final String ACCOUNT_ARN = "arn:aws:sagemaker:eu-west-1:123456789012";
  static final String GROUP = "churn-xgboost";
  static final String GROUP_ARN = ACCOUNT_ARN + ":model-package-group/" + GROUP;
  static final String PACKAGE_ARN = ACCOUNT_ARN + ":model-package/" + GROUP + "/3";
  static final String OTHER_PACKAGE_ARN = ACCOUNT_ARN + ":model-package/" + GROUP + "/4";
  static final String DIGEST_A =
      "sha256:3f1c9a0b2d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8";
  static final String DIGEST_B =
      "SHA256:0123456789abcdef0123456789ABCDEF0123456789abcdef0123456789abcdef";

  /** Timestamps with a nanosecond fraction, so a truncation to millis or micros shows. */
  static final Instant CREATED = Instant.parse("2026-11-20T09:14:03.512345678Z");
  static final Instant MODIFIED = Instant.parse("2026-11-21T16:02:44.001002003Z");
  static final Instant AFTER = Instant.parse("2026-01-01T00:00:00.000000001Z");
  static final Instant BEFORE = Instant.parse("2026-12-31T23:59:59.999999999Z");

  /** Every sample, by the value type it is an instance of. */
  static Map<Class<?>, Object> all() {
    Map<Class<?>, Object> all = new LinkedHashMap<>();
    // api.model
    all.put(AdditionalInferenceSpecificationDefinition.class, additionalInferenceSpecification("gpu"));
    all.put(BatchDescribeModelPackageError.class, batchDescribeModelPackageError());
    all.put(BatchDescribeModelPackageResult.class, batchDescribeModelPackageResult());
    all.put(Bias.class, bias());
    all.put(DriftCheckBaselines.class, driftCheckBaselines());
    all.put(DriftCheckBias.class, driftCheckBias());
    all.put(DriftCheckExplainability.class, driftCheckExplainability());
    all.put(DriftCheckModelDataQuality.class, driftCheckModelDataQuality());
    all.put(DriftCheckModelQuality.class, driftCheckModelQuality());
    all.put(Explainability.class, explainability());
    all.put(FileSource.class, fileSource("bias-config"));
    all.put(IamIdentity.class, iamIdentity("trainer"));
    all.put(InferenceSpecification.class, inferenceSpecification());
    all.put(MetadataProperties.class, metadataProperties());
    all.put(MetricsSource.class, metricsSource("statistics"));
    all.put(ModelDataQuality.class, modelDataQuality());
    all.put(ModelInput.class, modelInput());
    all.put(ModelLifeCycle.class, lifeCycle("Production", "Approved"));
    all.put(ModelMetrics.class, modelMetrics());
    all.put(ModelPackage.class, modelPackage());
    all.put(ModelPackageContainerDefinition.class, container("primary"));
    all.put(ModelPackageGroup.class, modelPackageGroup());
    all.put(ModelPackageGroupSummary.class, modelPackageGroupSummary());
    all.put(ModelPackageHistoryEntry.class, historyEntry());
    all.put(ModelPackageModelCard.class, modelCard());
    all.put(ModelPackageSecurityConfig.class, securityConfig());
    all.put(ModelPackageStateChangeEvent.class, stateChangeEvent());
    all.put(ModelPackageSummary.class, modelPackageSummary(3));
    all.put(ModelQuality.class, modelQuality());
    all.put(Tag.class, Tag.of("team", "churn"));
    all.put(UserContext.class, userContext("trainer"));
    // api.request
    all.put(CreateModelPackageGroupRequest.class, createModelPackageGroupRequest());
    all.put(CreateModelPackageRequest.class, createModelPackageRequest());
    all.put(ListModelPackageGroupsRequest.class, listModelPackageGroupsRequest());
    all.put(ListModelPackagesRequest.class, listModelPackagesRequest());
    all.put(ListTagsRequest.class, listTagsRequest());
    all.put(UpdateModelPackageRequest.class, updateModelPackageRequest());
    // api.audit
    all.put(AuditRecord.class, auditRecord());
    all.put(AuditTrailRequest.class, auditTrailRequest());
    all.put(FieldChange.class, FieldChange.of("ModelApprovalStatus",
        Optional.of("PendingManualApproval"), Optional.of("Approved")));
    return all;
  }

  static AuditRecord auditRecord() {
    return AuditRecord.builder()
        .position(42)
        .time(MODIFIED)
        .actor(userContext("reviewer"))
        .operation(AuditOperation.UPDATE_MODEL_PACKAGE)
        .outcome(AuditOutcome.DENIED)
        .modelPackageGroupName(GROUP)
        .modelPackageVersion(3)
        .resourceArn(PACKAGE_ARN)
        .revision(7L)
        .modelApprovalStatus(ModelApprovalStatus.REJECTED)
        .addChanges(FieldChange.of("ModelApprovalStatus", Optional.of("Rejected"),
            Optional.of("Approved")), FieldChange.of("CustomerMetadataProperties.owner",
            Optional.of("team-a"), Optional.of("team-churn")))
        .reason("separation of duties")
        .build();
  }

  static AuditTrailRequest auditTrailRequest() {
    return AuditTrailRequest.builder()
        .resource(PACKAGE_ARN)
        .maxResults(25)
        .nextToken("opaque-token-audit")
        .build();
  }

  /** Three entries whose insertion order is neither sorted nor reverse sorted. */
  static Map<String, String> customerMetadata() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("zeta", "last-alphabetically");
    map.put("alpha", "first-alphabetically");
    map.put("mid:key/with=chars+@-_.", "value with spaces");
    return map;
  }

  static Map<String, String> environment() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("SAGEMAKER_PROGRAM", "inference.py");
    map.put("MODEL_SERVER_WORKERS", "2");
    map.put("A_LOG_LEVEL", "debug");
    return map;
  }

  static IamIdentity iamIdentity(String who) {
    return IamIdentity.builder()
        .arn("arn:aws:sts::123456789012:assumed-role/ml-" + who + "/session")
        .principalId("AROAEXAMPLE:" + who)
        .sourceIdentity(who + "@example.com")
        .build();
  }

  static UserContext userContext(String who) {
    return UserContext.builder()
        .userProfileArn(ACCOUNT_ARN + ":user-profile/d-abc123def456/" + who)
        .userProfileName(who)
        .domainId("d-abc123def456")
        .iamIdentity(iamIdentity(who))
        .build();
  }

  static ModelInput modelInput() {
    return ModelInput.builder().dataInputConfig("{\"input_1\":[1,3,224,224]}").build();
  }

  static ModelPackageContainerDefinition container(String hostname) {
    return ModelPackageContainerDefinition.builder()
        .containerHostname(hostname)
        .image("123456789012.dkr.ecr.eu-west-1.amazonaws.com/xgboost-serve:1.7-1")
        .imageDigest(DIGEST_A)
        .modelDataUrl("s3://ml-artifacts-eu/churn/2026-11-20/" + hostname + "/model.tar.gz")
        .putAllEnvironment(environment())
        .modelInput(modelInput())
        .framework("XGBOOST")
        .frameworkVersion("1.7")
        .nearestModelName("xgboost-churn-baseline")
        .build();
  }

  static InferenceSpecification inferenceSpecification() {
    return InferenceSpecification.builder()
        .addContainers(container("primary"), container("postprocess"))
        .addSupportedTransformInstanceTypes("ml.m5.large", "ml.c5.2xlarge")
        .addSupportedRealtimeInferenceInstanceTypes("ml.m5.large", "ml.c5.xlarge", "ml.g4dn.xlarge")
        .addSupportedContentTypes("text/csv", "application/json")
        .addSupportedResponseMIMETypes("text/csv", "application/jsonlines")
        .build();
  }

  static AdditionalInferenceSpecificationDefinition additionalInferenceSpecification(String name) {
    return AdditionalInferenceSpecificationDefinition.builder()
        .name(name)
        .description("Serving variant " + name)
        .addContainers(container(name + "-a"), container(name + "-b"))
        .addSupportedTransformInstanceTypes("ml.p3.2xlarge", "ml.g5.xlarge")
        .addSupportedRealtimeInferenceInstanceTypes("ml.g5.xlarge", "ml.g4dn.xlarge")
        .addSupportedContentTypes("application/x-npy", "text/csv")
        .addSupportedResponseMIMETypes("application/json", "text/csv")
        .build();
  }

  static MetricsSource metricsSource(String name) {
    return MetricsSource.builder()
        .contentType("application/json")
        .contentDigest(DIGEST_B)
        .s3Uri("s3://ml-artifacts-eu/churn/2026-11-20/" + name + ".json")
        .build();
  }

  static FileSource fileSource(String name) {
    return FileSource.builder()
        .contentType("application/json")
        .contentDigest(DIGEST_A)
        .s3Uri("s3://ml-artifacts-eu/churn/2026-11-20/" + name + ".json")
        .build();
  }

  static ModelQuality modelQuality() {
    return ModelQuality.builder()
        .statistics(metricsSource("model-quality-statistics"))
        .constraints(metricsSource("model-quality-constraints"))
        .build();
  }

  static ModelDataQuality modelDataQuality() {
    return ModelDataQuality.builder()
        .statistics(metricsSource("data-quality-statistics"))
        .constraints(metricsSource("data-quality-constraints"))
        .build();
  }

  static Bias bias() {
    return Bias.builder()
        .report(metricsSource("bias-report"))
        .preTrainingReport(metricsSource("bias-pre-training"))
        .postTrainingReport(metricsSource("bias-post-training"))
        .build();
  }

  static Explainability explainability() {
    return Explainability.builder().report(metricsSource("explainability-report")).build();
  }

  static ModelMetrics modelMetrics() {
    return ModelMetrics.builder()
        .modelQuality(modelQuality())
        .modelDataQuality(modelDataQuality())
        .bias(bias())
        .explainability(explainability())
        .build();
  }

  static DriftCheckBias driftCheckBias() {
    return DriftCheckBias.builder()
        .configFile(fileSource("drift-bias-config"))
        .preTrainingConstraints(metricsSource("drift-bias-pre"))
        .postTrainingConstraints(metricsSource("drift-bias-post"))
        .build();
  }

  static DriftCheckExplainability driftCheckExplainability() {
    return DriftCheckExplainability.builder()
        .constraints(metricsSource("drift-explainability-constraints"))
        .configFile(fileSource("drift-explainability-config"))
        .build();
  }

  static DriftCheckModelQuality driftCheckModelQuality() {
    return DriftCheckModelQuality.builder()
        .statistics(metricsSource("drift-model-quality-statistics"))
        .constraints(metricsSource("drift-model-quality-constraints"))
        .build();
  }

  static DriftCheckModelDataQuality driftCheckModelDataQuality() {
    return DriftCheckModelDataQuality.builder()
        .statistics(metricsSource("drift-data-quality-statistics"))
        .constraints(metricsSource("drift-data-quality-constraints"))
        .build();
  }

  static DriftCheckBaselines driftCheckBaselines() {
    return DriftCheckBaselines.builder()
        .bias(driftCheckBias())
        .explainability(driftCheckExplainability())
        .modelQuality(driftCheckModelQuality())
        .modelDataQuality(driftCheckModelDataQuality())
        .build();
  }

  static MetadataProperties metadataProperties() {
    return MetadataProperties.builder()
        .commitId("9b1e4c7")
        .repository("https://git.example.com/ml/churn.git")
        .generatedBy(ACCOUNT_ARN + ":pipeline/churn/execution/x1y2z3")
        .projectId("p-churn")
        .build();
  }

  static ModelLifeCycle lifeCycle(String stage, String status) {
    return ModelLifeCycle.builder()
        .stage(stage)
        .stageStatus(status)
        .stageDescription(stage + " is " + status)
        .build();
  }

  static ModelPackageModelCard modelCard() {
    return ModelPackageModelCard.builder()
        .modelCardContent("{\"intended_uses\":{\"purpose_of_model\":\"churn\"}}")
        .modelCardStatus(ModelCardStatus.PENDING_REVIEW)
        .build();
  }

  static ModelPackageSecurityConfig securityConfig() {
    return ModelPackageSecurityConfig.builder()
        .kmsKeyId("arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")
        .build();
  }

  static ModelPackage modelPackage() {
    return modelPackage(3, PACKAGE_ARN);
  }

  static ModelPackage modelPackage(int version, String arn) {
    return ModelPackage.builder()
        .modelPackageGroupName(GROUP)
        // not the default (the group's name), so that a default applied on read would show
        .modelPackageName(GROUP + "-package-name")
        .modelPackageVersion(version)
        .modelPackageArn(arn)
        .modelPackageDescription("Weekly retrain on the November snapshot")
        .creationTime(CREATED)
        .inferenceSpecification(inferenceSpecification())
        .modelPackageStatus(ModelPackageStatus.IN_PROGRESS)
        .modelApprovalStatus(ModelApprovalStatus.APPROVED)
        .createdBy(userContext("trainer"))
        .metadataProperties(metadataProperties())
        .modelMetrics(modelMetrics())
        .lastModifiedTime(MODIFIED)
        .lastModifiedBy(userContext("reviewer"))
        .approvalDescription("AUC 0.91 on holdout, above the 0.88 bar")
        .driftCheckBaselines(driftCheckBaselines())
        .domain("MACHINE_LEARNING")
        .task("CLASSIFICATION")
        .samplePayloadUrl("s3://ml-artifacts-eu/churn/sample-payload.tar.gz")
        .putAllCustomerMetadataProperties(customerMetadata())
        .addAdditionalInferenceSpecifications(
            additionalInferenceSpecification("gpu"), additionalInferenceSpecification("arm"))
        .sourceUri("https://git.example.com/ml/churn/-/tree/9b1e4c7")
        .securityConfig(securityConfig())
        .modelCard(modelCard())
        .modelLifeCycle(lifeCycle("Production", "Approved"))
        .skipModelValidation(SkipModelValidation.ALL)
        .revision(7)
        .build();
  }

  static ModelPackageSummary modelPackageSummary(int version) {
    return ModelPackageSummary.builder()
        .modelPackageName(GROUP + "-name")
        .modelPackageGroupName(GROUP)
        .modelPackageVersion(version)
        .modelPackageArn(ACCOUNT_ARN + ":model-package/" + GROUP + "/" + version)
        .modelPackageDescription("Version " + version)
        .creationTime(CREATED.plusSeconds(version))
        .modelPackageStatus(ModelPackageStatus.FAILED)
        .modelApprovalStatus(ModelApprovalStatus.REJECTED)
        .modelLifeCycle(lifeCycle("Staging", "Rejected"))
        .build();
  }

  static ModelPackageGroup modelPackageGroup() {
    return ModelPackageGroup.builder()
        .modelPackageGroupName(GROUP)
        .modelPackageGroupArn(GROUP_ARN)
        .modelPackageGroupDescription("Every model retrained for the churn use case")
        .creationTime(CREATED)
        .createdBy(userContext("admin"))
        .modelPackageGroupStatus(ModelPackageGroupStatus.DELETE_FAILED)
        .revision(4)
        .build();
  }

  static ModelPackageGroupSummary modelPackageGroupSummary() {
    return modelPackageGroupSummary(GROUP);
  }

  static ModelPackageGroupSummary modelPackageGroupSummary(String name) {
    return ModelPackageGroupSummary.builder()
        .modelPackageGroupName(name)
        .modelPackageGroupArn(ACCOUNT_ARN + ":model-package-group/" + name)
        .modelPackageGroupDescription("Group " + name)
        .creationTime(CREATED)
        .modelPackageGroupStatus(ModelPackageGroupStatus.IN_PROGRESS)
        .build();
  }

  static BatchDescribeModelPackageError batchDescribeModelPackageError() {
    return BatchDescribeModelPackageError.builder()
        .errorCode("ResourceNotFound")
        .errorResponse("Model package " + OTHER_PACKAGE_ARN + " does not exist")
        .build();
  }

  static BatchDescribeModelPackageResult batchDescribeModelPackageResult() {
    String missingA = ACCOUNT_ARN + ":model-package/" + GROUP + "/99";
    String missingB = ACCOUNT_ARN + ":model-package/" + GROUP + "/42";
    return BatchDescribeModelPackageResult.builder()
        // request order, not ARN order
        .putModelPackages(OTHER_PACKAGE_ARN, modelPackage(4, OTHER_PACKAGE_ARN))
        .putModelPackages(PACKAGE_ARN, modelPackage(3, PACKAGE_ARN))
        .putErrors(missingA, BatchDescribeModelPackageError.builder()
            .errorCode("ResourceNotFound").errorResponse(missingA + " not found").build())
        .putErrors(missingB, BatchDescribeModelPackageError.builder()
            .errorCode("ResourceNotFound").errorResponse(missingB + " not found").build())
        .build();
  }

  static ModelPackageHistoryEntry historyEntry() {
    return ModelPackageHistoryEntry.builder()
        .modelPackageArn(PACKAGE_ARN)
        .changeType(ModelPackageChangeType.APPROVAL_STATUS_CHANGED)
        .changeTime(MODIFIED)
        .changedBy(userContext("reviewer"))
        .fromApprovalStatus(ModelApprovalStatus.PENDING_MANUAL_APPROVAL)
        .toApprovalStatus(ModelApprovalStatus.APPROVED)
        .fromLifeCycle(lifeCycle("Staging", "Approved"))
        .toLifeCycle(lifeCycle("Production", "Approved"))
        .description("Promoted after review")
        .build();
  }

  static ModelPackageStateChangeEvent stateChangeEvent() {
    return ModelPackageStateChangeEvent.builder()
        .eventId("6f1d2c3b-4a59-4e8f-9a0b-1c2d3e4f5a6b")
        .eventTime(MODIFIED)
        .addChangeTypes(
            ModelPackageChangeType.LIFE_CYCLE_CHANGED,
            ModelPackageChangeType.APPROVAL_STATUS_CHANGED,
            ModelPackageChangeType.CREATED)
        .modelPackage(modelPackage())
        .build();
  }

  static CreateModelPackageGroupRequest createModelPackageGroupRequest() {
    return CreateModelPackageGroupRequest.builder()
        .modelPackageGroupName(GROUP)
        .modelPackageGroupDescription("Every model retrained for the churn use case")
        .addTags(Tag.of("team", "churn"), Tag.of("cost-center", "ml-42"), Tag.of("env", "prod"))
        .build();
  }

  static CreateModelPackageRequest createModelPackageRequest() {
    return CreateModelPackageRequest.builder()
        .modelPackageGroupName(GROUP_ARN)
        // refused with a group by the registry, but the request type must still carry it
        .modelPackageName("churn-unversioned")
        .modelPackageDescription("Weekly retrain on the November snapshot")
        .inferenceSpecification(inferenceSpecification())
        .modelApprovalStatus(ModelApprovalStatus.PENDING_MANUAL_APPROVAL)
        .approvalDescription("Awaiting review")
        .metadataProperties(metadataProperties())
        .modelMetrics(modelMetrics())
        .driftCheckBaselines(driftCheckBaselines())
        .domain("MACHINE_LEARNING")
        .task("CLASSIFICATION")
        .samplePayloadUrl("https://payloads.example.com/churn/sample.tar.gz")
        .customerMetadataProperties(customerMetadata())
        .addAdditionalInferenceSpecifications(
            additionalInferenceSpecification("gpu"), additionalInferenceSpecification("arm"))
        .sourceUri("https://git.example.com/ml/churn/-/tree/9b1e4c7")
        .securityConfig(securityConfig())
        .modelCard(modelCard())
        .modelLifeCycle(lifeCycle("Development", "PendingApproval"))
        .skipModelValidation(SkipModelValidation.NONE)
        // tags are rejected by the registry, but the request type must still carry them faithfully
        .addTags(Tag.of("team", "churn"), Tag.of("env", "dev"))
        .clientToken("a1b2c3d4-e5f6-7890-abcd-ef1234567890")
        .build();
  }

  static ListModelPackageGroupsRequest listModelPackageGroupsRequest() {
    return ListModelPackageGroupsRequest.builder()
        .nameContains("churn")
        .creationTimeAfter(AFTER)
        .creationTimeBefore(BEFORE)
        .sortBy(SortBy.NAME)
        .sortOrder(SortOrder.DESCENDING)
        .maxResults(17)
        .nextToken("opaque-token-groups")
        .build();
  }

  static ListModelPackagesRequest listModelPackagesRequest() {
    return ListModelPackagesRequest.builder()
        .modelPackageGroupName(GROUP)
        .modelPackageType(ModelPackageType.BOTH)
        .modelApprovalStatus(ModelApprovalStatus.APPROVED)
        .nameContains("xgb")
        .creationTimeAfter(AFTER)
        .creationTimeBefore(BEFORE)
        .sortBy(SortBy.NAME)
        .sortOrder(SortOrder.DESCENDING)
        .maxResults(100)
        .nextToken("opaque-token-packages")
        .metadataProperties(metadataProperties())
        .putCustomerMetadataProperties("dataset", "s3://datasets/churn/2026-11")
        .putCustomerMetadataProperties("owner", "team-churn")
        .build();
  }

  static ListTagsRequest listTagsRequest() {
    return ListTagsRequest.builder()
        .resourceArn(GROUP_ARN)
        .maxResults(50)
        .nextToken("opaque-token-tags")
        .build();
  }

  static UpdateModelPackageRequest updateModelPackageRequest() {
    return UpdateModelPackageRequest.builder()
        .modelPackageArn(PACKAGE_ARN)
        .modelApprovalStatus(ModelApprovalStatus.REJECTED)
        .approvalDescription("Drift above threshold")
        .customerMetadataProperties(customerMetadata())
        .addCustomerMetadataPropertiesToRemove("obsolete", "also-obsolete", "legacy")
        .addAdditionalInferenceSpecificationsToAdd(
            additionalInferenceSpecification("inf2"), additionalInferenceSpecification("cpu"))
        .inferenceSpecification(inferenceSpecification())
        .sourceUri("s3://ml-artifacts-eu/churn/source.tar.gz")
        .modelCard(modelCard())
        .modelLifeCycle(lifeCycle("Archived", "Retired"))
        .clientToken("f0e1d2c3-b4a5-9687-7869-5a4b3c2d1e0f")
        .expectedRevision(6L)
        .build();
  }

  /** A page of package summaries with a next token; items in version order 2, 1, 3. */
  static Page<ModelPackageSummary> summaryPage() {
    return Page.of(
        List.of(modelPackageSummary(2), modelPackageSummary(1), modelPackageSummary(3)),
        "opaque-next-page");
  }
}
