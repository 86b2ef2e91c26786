package dev.modelregistry.testkit;

import static dev.modelregistry.testkit.Rejections.thrownBy;
import static dev.modelregistry.testkit.UpdateContract.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.ResourceNotFoundException;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelLifeCycle;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageChangeType;
import dev.modelregistry.api.model.ModelPackageHistoryEntry;
import dev.modelregistry.api.model.UserContext;
import dev.modelregistry.api.request.ImmutableUpdateModelPackageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A package's history: its registration and every change of approval status or life cycle, oldest
 * first, each with who made it, when, from what, to what and why; nothing for other changes.
 */
public abstract class HistoryContract extends ContractSupport {
  private static final ModelLifeCycle DEVELOPMENT =
      Fixtures.lifeCycle("Development", "InProgress", "first run");
  private static final ModelLifeCycle PRODUCTION =
      Fixtures.lifeCycle("Production", "Deployed", "rolled out to eu-west-1");

  @Test
  @DisplayName("history starts with a Created entry: the initial status and life cycle, the creator and the time")
  void startsWithCreatedEntry() {
    createGroup("churn");
    kit().caller().switchTo("trainer");

    ModelPackage created = register(Fixtures.minimalPackage("churn").modelLifeCycle(DEVELOPMENT)
        .build());

    List<ModelPackageHistoryEntry> history = registry().getModelPackageHistory("churn/1");
    assertThat(history).hasSize(1);
    ModelPackageHistoryEntry entry = history.get(0);
    assertThat(entry.modelPackageArn()).isEqualTo(created.modelPackageArn());
    assertThat(entry.changeType()).isEqualTo(ModelPackageChangeType.CREATED);
    assertThat(entry.changeTime()).isEqualTo(KitContext.START);
    assertThat(entry.changedBy()).contains(UserContext.ofUserProfile("trainer"));
    assertThat(entry.fromApprovalStatus()).isEmpty();
    assertThat(entry.toApprovalStatus()).contains(ModelApprovalStatus.PENDING_MANUAL_APPROVAL);
    assertThat(entry.fromLifeCycle()).isEmpty();
    assertThat(entry.toLifeCycle()).contains(DEVELOPMENT);
  }

  @Test
  @DisplayName("every approval and life-cycle change is recorded, oldest first, with who, when, from, to and why")
  void recordsEveryChange() {
    createGroup("churn");
    register(Fixtures.minimalPackage("churn").modelLifeCycle(DEVELOPMENT).build());
    Instant approvedAt = tick();
    kit().caller().switchTo("reviewer");
    update(request("churn/1").modelApprovalStatus(ModelApprovalStatus.APPROVED)
        .approvalDescription("AUC above the bar"));
    Instant deployedAt = tick();
    kit().caller().switchTo("operator");
    update(request("churn/1").modelLifeCycle(PRODUCTION));
    Instant rejectedAt = tick();
    kit().caller().switchTo("auditor");
    update(request("churn/1").modelApprovalStatus(ModelApprovalStatus.REJECTED));

    List<ModelPackageHistoryEntry> history = registry().getModelPackageHistory("churn/1");

    assertThat(history).extracting(ModelPackageHistoryEntry::changeType).containsExactly(
        ModelPackageChangeType.CREATED, ModelPackageChangeType.APPROVAL_STATUS_CHANGED,
        ModelPackageChangeType.LIFE_CYCLE_CHANGED, ModelPackageChangeType.APPROVAL_STATUS_CHANGED);
    ModelPackageHistoryEntry approval = history.get(1);
    assertThat(approval.changeTime()).isEqualTo(approvedAt);
    assertThat(approval.changedBy()).contains(UserContext.ofUserProfile("reviewer"));
    assertThat(approval.fromApprovalStatus()).contains(ModelApprovalStatus.PENDING_MANUAL_APPROVAL);
    assertThat(approval.toApprovalStatus()).contains(ModelApprovalStatus.APPROVED);
    assertThat(approval.description()).contains("AUC above the bar");
    ModelPackageHistoryEntry stage = history.get(2);
    assertThat(stage.changeTime()).isEqualTo(deployedAt);
    assertThat(stage.changedBy()).contains(UserContext.ofUserProfile("operator"));
    assertThat(stage.fromLifeCycle()).contains(DEVELOPMENT);
    assertThat(stage.toLifeCycle()).contains(PRODUCTION);
    assertThat(stage.description()).contains("rolled out to eu-west-1");
    ModelPackageHistoryEntry rejection = history.get(3);
    assertThat(rejection.changeTime()).isEqualTo(rejectedAt);
    assertThat(rejection.changedBy()).contains(UserContext.ofUserProfile("auditor"));
    assertThat(rejection.fromApprovalStatus()).contains(ModelApprovalStatus.APPROVED);
    assertThat(rejection.toApprovalStatus()).contains(ModelApprovalStatus.REJECTED);
    assertThat(history).allSatisfy(entry ->
        assertThat(entry.modelPackageArn()).isEqualTo(packageArn("churn", 1)));
  }

  @Test
  @DisplayName("an update changing approval and life cycle at once records both changes")
  void recordsBothChangesOfOneUpdate() {
    createGroup("churn");
    register("churn");
    Instant at = tick();

    update(request("churn/1").modelApprovalStatus(ModelApprovalStatus.APPROVED)
        .modelLifeCycle(PRODUCTION));

    List<ModelPackageHistoryEntry> changes =
        registry().getModelPackageHistory("churn/1").subList(1, 3);
    assertThat(changes).extracting(ModelPackageHistoryEntry::changeType)
        .containsExactlyInAnyOrder(ModelPackageChangeType.APPROVAL_STATUS_CHANGED,
            ModelPackageChangeType.LIFE_CYCLE_CHANGED);
    assertThat(changes).allSatisfy(entry -> assertThat(entry.changeTime()).isEqualTo(at));
    assertThat(registry().getModelPackageHistory("churn/1")).hasSize(3);
  }

  @Test
  @DisplayName("the same status or life cycle again, a new approval description or a metadata change add no entry")
  void recordsNothingElse() {
    createGroup("churn");
    register(Fixtures.minimalPackage("churn").modelLifeCycle(DEVELOPMENT).build());
    update(request("churn/1").modelApprovalStatus(ModelApprovalStatus.APPROVED));
    List<ModelPackageHistoryEntry> before = registry().getModelPackageHistory("churn/1");
    tick();

    update(request("churn/1").modelApprovalStatus(ModelApprovalStatus.APPROVED));
    update(request("churn/1").modelLifeCycle(DEVELOPMENT));
    update(request("churn/1").approvalDescription("still fine"));
    update(request("churn/1").customerMetadataProperties(Map.of("k", "v")));
    update(request("churn/1").sourceUri("s3://sources/churn"));

    assertThat(registry().getModelPackageHistory("churn/1")).isEqualTo(before);
  }

  @Test
  @DisplayName("each package has its own history, read by ARN or group/version in any case")
  void historyPerPackage() {
    createGroup("Churn");
    register("Churn");
    register("Churn");
    update(request("Churn/2").modelApprovalStatus(ModelApprovalStatus.APPROVED));

    assertThat(registry().getModelPackageHistory("churn/1")).hasSize(1);
    assertThat(registry().getModelPackageHistory(packageArn("CHURN", 2)))
        .isEqualTo(registry().getModelPackageHistory("Churn/2"))
        .hasSize(2);
  }

  @Test
  @DisplayName("the history of an unknown package is not found; of a malformed reference invalid")
  void historyOfUnknownPackage() {
    createGroup("churn");
    register("churn");

    thrownBy(ResourceNotFoundException.class, () -> registry().getModelPackageHistory("churn/2"));
    thrownBy(ResourceNotFoundException.class, () -> registry().getModelPackageHistory("fraud/1"));
    Rejections.invalid(() -> registry().getModelPackageHistory("churn"), "modelPackageArn");
  }

  private ModelPackage update(ImmutableUpdateModelPackageRequest.Builder request) {
    return registry().updateModelPackage(request.build());
  }
}
