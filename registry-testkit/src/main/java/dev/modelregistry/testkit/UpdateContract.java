package dev.modelregistry.testkit;

import static dev.modelregistry.testkit.Rejections.thrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.LimitExceededException;
import dev.modelregistry.api.ResourceNotFoundException;
import dev.modelregistry.api.model.ImmutableModelPackage;
import dev.modelregistry.api.model.InferenceSpecification;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelCardStatus;
import dev.modelregistry.api.model.ModelLifeCycle;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageModelCard;
import dev.modelregistry.api.model.UserContext;
import dev.modelregistry.api.request.ImmutableUpdateModelPackageRequest;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Updating packages: approval in any direction, customer metadata merged, additional
 * specifications appended, replaceable fields replaced, everything else left alone; an update
 * that changes nothing writes nothing, and a failing update changes nothing. History is
 * {@link HistoryContract}'s.
 */
public abstract class UpdateContract extends ContractSupport {

  static Stream<Arguments> statusChanges() {
    return Stream.of(ModelApprovalStatus.values()).flatMap(from -> Stream.of(
        ModelApprovalStatus.values()).filter(to -> to != from).map(to -> Arguments.of(from, to)));
  }

  @ParameterizedTest(name = "{0} to {1}")
  @MethodSource("statusChanges")
  @DisplayName("any approval status may follow any other, stamped with the updater and the time")
  void changesApprovalStatus(ModelApprovalStatus from, ModelApprovalStatus to) {
    createGroup("churn");
    register(Fixtures.minimalPackage("churn").modelApprovalStatus(from).build());
    Instant later = tick();
    kit().caller().switchTo("reviewer");

    ModelPackage updated = update(request("churn/1").modelApprovalStatus(to)
        .approvalDescription("reviewed"));

    assertThat(updated.modelApprovalStatus()).isEqualTo(to);
    assertThat(updated.approvalDescription()).contains("reviewed");
    assertThat(updated.lastModifiedTime()).contains(later);
    assertThat(updated.lastModifiedBy()).contains(UserContext.ofUserProfile("reviewer"));
    assertThat(updated.createdBy()).contains(UserContext.ofUserProfile(KitContext.FIRST_CALLER));
    assertThat(updated.creationTime()).isEqualTo(KitContext.START);
    assertThat(registry().describeModelPackage("churn/1")).isEqualTo(updated);
  }

  @Test
  @DisplayName("fields an update does not name are left as they were")
  void leavesOtherFieldsAlone() {
    createGroup("churn");
    ModelPackage before = register(Fixtures.fullPackage("churn").build());
    Instant later = tick();

    ModelPackage updated = update(request(before.modelPackageArn())
        .modelApprovalStatus(ModelApprovalStatus.APPROVED));

    assertThat(updated).isEqualTo(ImmutableModelPackage.copyOf(before)
        .withModelApprovalStatus(ModelApprovalStatus.APPROVED)
        .withRevision(2)
        .withLastModifiedTime(later)
        .withLastModifiedBy(UserContext.ofUserProfile(KitContext.FIRST_CALLER)));
  }

  @Test
  @DisplayName("customer metadata merges: given keys are inserted or overwritten, removed keys go, absent keys are ignored")
  void mergesCustomerMetadata() {
    createGroup("churn");
    register(Fixtures.minimalPackage("churn")
        .customerMetadataProperties(Map.of("a", "1", "b", "2", "c", "3")).build());

    ModelPackage updated = update(request("churn/1")
        .customerMetadataProperties(Map.of("b", "20", "d", "4"))
        .addCustomerMetadataPropertiesToRemove("c", "never-set"));

    assertThat(updated.customerMetadataProperties())
        .isEqualTo(Map.of("a", "1", "b", "20", "d", "4"));
    assertThat(registry().describeModelPackage("churn/1").customerMetadataProperties())
        .isEqualTo(updated.customerMetadataProperties());
  }

  @Test
  @DisplayName("a metadata key both set and removed in one update is invalid and nothing changes")
  void refusesKeySetAndRemoved() {
    createGroup("churn");
    register(Fixtures.minimalPackage("churn").customerMetadataProperties(Map.of("a", "1")).build());

    invalidWithoutChange(() -> update(request("churn/1")
            .modelApprovalStatus(ModelApprovalStatus.APPROVED)
            .customerMetadataProperties(Map.of("a", "2"))
            .addCustomerMetadataPropertiesToRemove("a")),
        "customerMetadataPropertiesToRemove[0]");
  }

  @Test
  @DisplayName("additional inference specifications are appended after the existing ones")
  void appendsAdditionalSpecifications() {
    createGroup("churn");
    register(Fixtures.minimalPackage("churn")
        .addAdditionalInferenceSpecifications(Fixtures.additional("gpu")).build());

    ModelPackage updated = update(request("churn/1").addAdditionalInferenceSpecificationsToAdd(
        Fixtures.additional("cpu"), Fixtures.additional("arm")));

    assertThat(updated.additionalInferenceSpecifications()).containsExactly(
        Fixtures.additional("gpu"), Fixtures.additional("cpu"), Fixtures.additional("arm"));
  }

  @Test
  @DisplayName("an additional specification named like one the package has is invalid and nothing changes")
  void refusesAdditionalSpecificationNameClash() {
    createGroup("churn");
    register(Fixtures.minimalPackage("churn")
        .addAdditionalInferenceSpecifications(Fixtures.additional("gpu")).build());

    invalidWithoutChange(() -> update(request("churn/1")
            .modelApprovalStatus(ModelApprovalStatus.APPROVED)
            .addAdditionalInferenceSpecificationsToAdd(Fixtures.additional("gpu"))),
        "additionalInferenceSpecificationsToAdd[0].name");
  }

  @Test
  @DisplayName("inference specification, source URI, model card and life cycle are replaced when given")
  void replacesReplaceableFields() {
    createGroup("churn");
    register(Fixtures.fullPackage("churn").build());
    InferenceSpecification spec = Fixtures.inferenceSpecification(Fixtures.fullContainer("solo"));
    ModelPackageModelCard card = Fixtures.modelCard("platform team", ModelCardStatus.APPROVED);
    ModelLifeCycle production = Fixtures.lifeCycle("Production", "Deployed", "rolled out");

    ModelPackage updated = update(request("churn/1").inferenceSpecification(spec)
        .sourceUri("s3://sources/churn/v2.tar.gz").modelCard(card).modelLifeCycle(production));

    assertThat(updated.inferenceSpecification()).contains(spec);
    assertThat(updated.sourceUri()).contains("s3://sources/churn/v2.tar.gz");
    assertThat(updated.modelCard()).contains(card);
    assertThat(updated.modelLifeCycle()).contains(production);
    assertThat(registry().describeModelPackage("churn/1")).isEqualTo(updated);
  }

  @Test
  @DisplayName("an update that changes nothing returns the package as it was: no lastModified, no history, no event")
  void noOpUpdateWritesNothing() {
    createGroup("churn");
    ModelPackage before = register(Fixtures.fullPackage("churn").build());
    tick();
    RegistrySnapshot snapshot = snapshot();

    ModelPackage empty = update(request("churn/1"));
    ModelPackage same = update(request("churn/1")
        .modelApprovalStatus(before.modelApprovalStatus())
        .customerMetadataProperties(before.customerMetadataProperties())
        .sourceUri(before.sourceUri().orElseThrow())
        .modelLifeCycle(before.modelLifeCycle().orElseThrow())
        .modelCard(before.modelCard().orElseThrow()));

    assertThat(empty).isEqualTo(before);
    assertThat(same).isEqualTo(before);
    assertThat(same.lastModifiedTime()).isEmpty();
    assertThat(snapshot()).isEqualTo(snapshot);
  }

  @Test
  @DisplayName("a metadata-only update sets lastModifiedTime and lastModifiedBy; the creator stays")
  void stampsEffectiveUpdate() {
    createGroup("churn");
    register("churn");
    Instant later = tick();
    kit().caller().switchTo("editor");

    ModelPackage updated = update(request("churn/1").customerMetadataProperties(Map.of("k", "v")));

    assertThat(updated.lastModifiedTime()).contains(later);
    assertThat(updated.lastModifiedBy()).contains(UserContext.ofUserProfile("editor"));
    assertThat(updated.createdBy()).contains(UserContext.ofUserProfile(KitContext.FIRST_CALLER));
  }

  @Test
  @DisplayName("an update applies completely or not at all: a breach of the metadata limit leaves the approval too")
  void updateIsAtomic() {
    createGroup("churn");
    register(Fixtures.minimalPackage("churn")
        .customerMetadataProperties(Fixtures.metadata("old", 45)).build());

    rejectedWithoutChange(LimitExceededException.class, () -> update(request("churn/1")
        .modelApprovalStatus(ModelApprovalStatus.APPROVED)
        .modelLifeCycle(Fixtures.lifeCycle("Staging", "Ready", "x"))
        .customerMetadataProperties(Fixtures.metadata("new", 6))));

    assertThat(registry().describeModelPackage("churn/1").modelApprovalStatus())
        .isEqualTo(ModelApprovalStatus.PENDING_MANUAL_APPROVAL);
  }

  @Test
  @DisplayName("every broken field of an update is reported and nothing changes")
  void reportsEveryBrokenUpdateField() {
    createGroup("churn");
    register("churn");

    invalidWithoutChange(() -> update(request("churn/1")
            .modelApprovalStatus(ModelApprovalStatus.APPROVED)
            .approvalDescription("two\nlines")
            .sourceUri("a|b")
            .clientToken("with space")
            .modelCard(ModelPackageModelCard.builder().modelCardContent("{not json").build())
            .modelLifeCycle(Fixtures.lifeCycle("in production", "Deployed", "x"))
            .customerMetadataProperties(Map.of("k", "100%"))),
        "approvalDescription", "sourceUri", "clientToken", "modelCard.modelCardContent",
        "modelLifeCycle.stage", "customerMetadataProperties.value");
  }

  @Test
  @DisplayName("the package is named by ARN or group/version in any case; unknown is not found, malformed invalid")
  void namesPackageToUpdate() {
    createGroup("Churn");
    register("Churn");

    assertThat(update(request("cHURN/1").modelApprovalStatus(ModelApprovalStatus.APPROVED))
        .modelPackageArn()).isEqualTo(packageArn("Churn", 1));
    assertThat(update(request(packageArn("churn", 1)).modelApprovalStatus(
        ModelApprovalStatus.REJECTED)).modelApprovalStatus()).isEqualTo(ModelApprovalStatus.REJECTED);
    rejectedWithoutChange(ResourceNotFoundException.class,
        () -> update(request("churn/2").modelApprovalStatus(ModelApprovalStatus.APPROVED)));
    rejectedWithoutChange(ResourceNotFoundException.class,
        () -> update(request("fraud/1").modelApprovalStatus(ModelApprovalStatus.APPROVED)));
    invalidWithoutChange(() -> update(request("Churn").modelApprovalStatus(
        ModelApprovalStatus.APPROVED)), "modelPackageArn");
    thrownBy(ResourceNotFoundException.class, () -> update(request(
        FOREIGN_ARN_PREFIX + "model-package/Churn/1").modelApprovalStatus(
        ModelApprovalStatus.APPROVED)));
  }

  ModelPackage update(ImmutableUpdateModelPackageRequest.Builder request) {
    return registry().updateModelPackage(request.build());
  }

  static ImmutableUpdateModelPackageRequest.Builder request(String reference) {
    return UpdateModelPackageRequest.builder().modelPackageArn(reference);
  }
}
