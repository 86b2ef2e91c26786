package dev.modelregistry.testkit;

import static dev.modelregistry.testkit.Rejections.thrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.FieldViolation;
import dev.modelregistry.api.ResourceNotFoundException;
import dev.modelregistry.api.ValidationException;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageStatus;
import dev.modelregistry.api.model.Tag;
import dev.modelregistry.api.model.UserContext;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.api.request.ImmutableCreateModelPackageRequest;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Registering and deleting model packages: versions assigned by the registry and never reused,
 * every field stored exactly as given, the group named by name or ARN, every broken field
 * reported under its path, nothing stored and no version consumed by a failed create.
 */
public abstract class PackageCreateContract extends ContractSupport {

  @Test
  @DisplayName("packages get versions 1, 2, 3 in their group, with ARN, name, status and creator set by the registry")
  void assignsVersions() {
    createGroup("churn");
    clock().set(Instant.parse("2026-03-01T09:00:00.987654Z"));
    kit().caller().switchTo("trainer");

    List<ModelPackage> created = List.of(register("churn"), register("churn"), register("churn"));

    assertThat(created).extracting(ModelPackage::modelPackageVersion).containsExactly(1, 2, 3);
    ModelPackage first = created.get(0);
    assertThat(first.modelPackageArn()).isEqualTo(packageArn("churn", 1));
    assertThat(first.modelPackageGroupName()).isEqualTo("churn");
    assertThat(first.modelPackageName()).isEqualTo("churn");
    assertThat(first.modelPackageStatus()).isEqualTo(ModelPackageStatus.COMPLETED);
    assertThat(first.modelApprovalStatus()).isEqualTo(ModelApprovalStatus.PENDING_MANUAL_APPROVAL);
    assertThat(first.createdBy()).contains(UserContext.ofUserProfile("trainer"));
    assertThat(first.creationTime()).isEqualTo(Instant.parse("2026-03-01T09:00:00.987Z"));
    assertThat(first.lastModifiedTime()).isEmpty();
    assertThat(first.lastModifiedBy()).isEmpty();
    assertThat(registry().describeModelPackage("churn/1")).isEqualTo(first);
  }

  @Test
  @DisplayName("each group counts its own versions")
  void versionsPerGroup() {
    createGroup("churn");
    createGroup("fraud");

    register("churn");
    register("churn");

    assertThat(register("fraud").modelPackageVersion()).isEqualTo(1);
    assertThat(register("churn").modelPackageVersion()).isEqualTo(3);
  }

  @Test
  @DisplayName("a package with every field set is described exactly as given, nested structures and their order included")
  void roundTripsEveryField() {
    createGroup("churn");
    CreateModelPackageRequest request = Fixtures.fullPackage("churn").build();

    ModelPackage created = register(request);
    ModelPackage described = registry().describeModelPackage(created.modelPackageArn());

    assertThat(described).isEqualTo(created);
    assertThat(described.modelPackageDescription()).isEqualTo(request.modelPackageDescription());
    assertThat(described.inferenceSpecification()).isEqualTo(request.inferenceSpecification());
    assertThat(described.modelApprovalStatus()).isEqualTo(ModelApprovalStatus.PENDING_MANUAL_APPROVAL);
    assertThat(described.approvalDescription()).isEqualTo(request.approvalDescription());
    assertThat(described.metadataProperties()).isEqualTo(request.metadataProperties());
    assertThat(described.modelMetrics()).isEqualTo(request.modelMetrics());
    assertThat(described.driftCheckBaselines()).isEqualTo(request.driftCheckBaselines());
    assertThat(described.domain()).isEqualTo(request.domain());
    assertThat(described.task()).isEqualTo(request.task());
    assertThat(described.samplePayloadUrl()).isEqualTo(request.samplePayloadUrl());
    assertThat(described.customerMetadataProperties())
        .isEqualTo(request.customerMetadataProperties().orElseThrow());
    assertThat(described.additionalInferenceSpecifications())
        .isEqualTo(request.additionalInferenceSpecifications());
    assertThat(described.sourceUri()).isEqualTo(request.sourceUri());
    assertThat(described.securityConfig()).isEqualTo(request.securityConfig());
    assertThat(described.modelCard()).isEqualTo(request.modelCard());
    assertThat(described.modelLifeCycle()).isEqualTo(request.modelLifeCycle());
    assertThat(described.skipModelValidation()).isEqualTo(request.skipModelValidation());
    assertThat(new ArrayList<>(described.customerMetadataProperties().keySet()))
        .as("customer metadata in the order given")
        .containsExactly("training-job", "auc", "owner@team");
    assertThat(new ArrayList<>(described.inferenceSpecification().orElseThrow().containers().get(0)
        .environment().keySet()))
        .as("container environment in the order given")
        .containsExactly("SAGEMAKER_PROGRAM", "A_SECOND", "M_THIRD");
  }

  @Test
  @DisplayName("a package may be registered with nothing but its group")
  void registersBarePackage() {
    createGroup("churn");

    ModelPackage bare = register(CreateModelPackageRequest.builder()
        .modelPackageGroupName("churn").build());

    assertThat(bare.inferenceSpecification()).isEmpty();
    assertThat(bare.customerMetadataProperties()).isEmpty();
    assertThat(bare.additionalInferenceSpecifications()).isEmpty();
    assertThat(registry().describeModelPackage("churn/1")).isEqualTo(bare);
  }

  @Test
  @DisplayName("a package naming both ModelPackageName and ModelPackageGroupName is refused in SageMaker's words, before the group is looked up, and takes no version")
  void refusesBothNames() {
    createGroup("churn");

    ValidationException both = Rejections.plainInvalid(() -> register(
        Fixtures.minimalPackage("churn").modelPackageName("churn").build()), "modelPackageName");
    Rejections.plainInvalid(() -> register(Fixtures.minimalPackage("no-such-group")
        .modelPackageName("no-such-group").build()), "modelPackageName");
    ValidationException inBatch = Rejections.plainInvalid(() -> registry().createModelPackages(
        "churn", List.of(Fixtures.minimalPackage("churn").build(),
            Fixtures.minimalPackage("churn").modelPackageName("x".repeat(10_000)).build())),
        "requests[1].modelPackageName");

    assertThat(both.getMessage())
        .contains("Both ModelPackageName and ModelPackageGroupName cannot be specified");
    assertThat(inBatch.getMessage()).hasSizeLessThan(1_000);
    assertThat(versionsIn("churn")).isEmpty();
    assertThat(register("churn").modelPackageVersion()).isEqualTo(1);
  }

  @Test
  @DisplayName("a package registered Approved is Approved, and is the latest approved one")
  void keepsInitialApprovalStatus() {
    createGroup("churn");

    ModelPackage approved = register(Fixtures.minimalPackage("churn")
        .modelApprovalStatus(ModelApprovalStatus.APPROVED).build());

    assertThat(approved.modelApprovalStatus()).isEqualTo(ModelApprovalStatus.APPROVED);
    assertThat(registry().findLatestApprovedModelPackage("churn")).contains(approved);
  }

  @Test
  @DisplayName("the group may be named by ARN or in another case; the package carries the group's stored case")
  void namesGroupByArnOrAnyCase() {
    createGroup("Churn");

    ModelPackage byArn = register(groupArn("Churn"));
    ModelPackage byOtherCase = register("cHURN");
    ModelPackage byArnInOtherCase = register(groupArn("CHURN"));

    assertThat(List.of(byArn, byOtherCase, byArnInOtherCase))
        .extracting(ModelPackage::modelPackageArn)
        .containsExactly(packageArn("Churn", 1), packageArn("Churn", 2), packageArn("Churn", 3));
    assertThat(byOtherCase.modelPackageGroupName()).isEqualTo("Churn");
    assertThat(byOtherCase.modelPackageName()).isEqualTo("Churn");
  }

  @Test
  @DisplayName("registering into a group that does not exist, or another account's group, is not found")
  void unknownGroupIsNotFound() {
    createGroup("churn");

    rejectedWithoutChange(ResourceNotFoundException.class, () -> register("fraud"));
    rejectedWithoutChange(ResourceNotFoundException.class,
        () -> register(FOREIGN_ARN_PREFIX + "model-package-group/churn"));
  }

  @Test
  @DisplayName("a model package ARN given as the group is a validation error")
  void packageArnAsGroupIsInvalid() {
    createGroup("churn");
    register("churn");

    invalidWithoutChange(() -> register(packageArn("churn", 1)), "modelPackageGroupName");
  }

  @Test
  @DisplayName("tags on a package are refused, and the message says to tag the group or use customer metadata properties")
  void refusesPackageTags() {
    createGroup("churn");

    ValidationException error = plainInvalidWithoutChange(() -> register(
        Fixtures.minimalPackage("churn").addTags(Tag.of("team", "risk")).build()), "tags");

    assertThat(error.getMessage()).containsIgnoringCase("customer metadata properties")
        .containsIgnoringCase("group");
  }

  @Test
  @DisplayName("customer metadata given as an empty map is invalid")
  void refusesEmptyCustomerMetadata() {
    createGroup("churn");

    invalidWithoutChange(() -> register(Fixtures.minimalPackage("churn")
        .customerMetadataProperties(Map.of()).build()), "customerMetadataProperties");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.modelregistry.testkit.BrokenFields#createPackageCases")
  @DisplayName("a broken field anywhere in the request is reported under its path, with its value")
  void reportsBrokenFieldByPath(BrokenFields.Case broken) {
    createGroup("churn");
    ImmutableCreateModelPackageRequest.Builder request = Fixtures.minimalPackage("churn");
    broken.breakIt().accept(request);

    ValidationException error = invalidWithoutChange(() -> register(request.build()), broken.path());

    assertThat(error.violations()).extracting(FieldViolation::value).containsExactly(broken.value());
  }

  @Test
  @DisplayName("a request with three broken fields in different places reports all three")
  void reportsThreeBrokenFields() {
    createGroup("churn");
    ImmutableCreateModelPackageRequest.Builder request = Fixtures.minimalPackage("churn");
    Stream.of("modelPackageGroupName", "inferenceSpecification.containers",
            "modelMetrics.modelQuality.statistics.s3Uri")
        .map(BrokenFields::byPath)
        .forEach(broken -> broken.breakIt().accept(request));

    invalidWithoutChange(() -> register(request.build()), "modelPackageGroupName",
        "inferenceSpecification.containers", "modelMetrics.modelQuality.statistics.s3Uri");
  }

  @Test
  @DisplayName("two additional inference specifications of one name in a request are invalid")
  void refusesDuplicateAdditionalSpecificationNames() {
    createGroup("churn");

    Rejections.invalidUnder(() -> register(Fixtures.minimalPackage("churn")
            .addAdditionalInferenceSpecifications(Fixtures.additional("gpu"),
                Fixtures.additional("cpu"), Fixtures.additional("gpu"))
            .build()),
        "additionalInferenceSpecifications[");
    assertThat(versionsIn("churn")).isEmpty();
  }

  @Test
  @DisplayName("a failed create consumes no version: the next package gets the next free number")
  void failedCreateConsumesNoVersion() {
    createGroup("churn");
    register("churn");

    thrownBy(ValidationException.class, () -> register(Fixtures.minimalPackage("churn")
        .sourceUri("a|b").build()));
    thrownBy(ValidationException.class, () -> register(Fixtures.minimalPackage("churn")
        .addTags(Tag.of("team", "risk")).build()));

    assertThat(register("churn").modelPackageVersion()).isEqualTo(2);
  }

  @Test
  @DisplayName("versions of deleted packages are never handed out again")
  void neverReusesVersions() {
    createGroup("churn");
    register("churn");
    register("churn");
    register("churn");

    registry().deleteModelPackage("churn/3");
    assertThat(register("churn").modelPackageVersion()).isEqualTo(4);
    registry().deleteModelPackage(packageArn("churn", 1));
    registry().deleteModelPackage("churn/4");

    assertThat(register("churn").modelPackageVersion()).isEqualTo(5);
    assertThat(versionsIn("churn")).containsExactly(2, 5);
  }

  @Test
  @DisplayName("a deleted package is gone: describe, history, update and a second delete are not found")
  void deletedPackageIsGone() {
    createGroup("churn");
    register("churn");
    register("churn");

    registry().deleteModelPackage("CHURN/1");

    thrownBy(ResourceNotFoundException.class, () -> registry().describeModelPackage("churn/1"));
    thrownBy(ResourceNotFoundException.class, () -> registry().getModelPackageHistory("churn/1"));
    thrownBy(ResourceNotFoundException.class, () -> registry().updateModelPackage(
        UpdateModelPackageRequest.builder()
            .modelPackageArn("churn/1").modelApprovalStatus(ModelApprovalStatus.APPROVED).build()));
    rejectedWithoutChange(ResourceNotFoundException.class,
        () -> registry().deleteModelPackage("churn/1"));
    assertThat(versionsIn("churn")).containsExactly(2);
  }

  @Test
  @DisplayName("deleting a package of an unknown group or version is not found; a malformed reference is invalid")
  void deleteUnknownPackage() {
    createGroup("churn");
    register("churn");

    rejectedWithoutChange(ResourceNotFoundException.class,
        () -> registry().deleteModelPackage("churn/2"));
    rejectedWithoutChange(ResourceNotFoundException.class,
        () -> registry().deleteModelPackage("fraud/1"));
    invalidWithoutChange(() -> registry().deleteModelPackage("churn"), "modelPackageArn");
  }

  @Test
  @DisplayName("a null customer metadata key or value is a validation error, not a crash; nothing is stored")
  void nullMetadataIsInvalid() {
    createGroup("churn");
    Map<String, String> nullValue = new HashMap<>();
    nullValue.put("dataset", null);

    Rejections.invalid(() -> register(Fixtures.minimalPackage("churn")
        .customerMetadataProperties(nullValue).build()), "customerMetadataProperties.value");
    assertThat(register("churn").modelPackageVersion()).isEqualTo(1);
  }
}
