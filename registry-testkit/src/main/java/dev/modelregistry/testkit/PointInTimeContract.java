package dev.modelregistry.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.ValidationException;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Point-in-time answers, read from the audit trail: which version of a group was the latest
 * approved one at a moment, and what a package's approval status was, through approvals,
 * rejections, deletions, a group deleted and created again, and trails of many pages.
 */
public abstract class PointInTimeContract extends ContractSupport {

  @Test
  @DisplayName("the latest approved version at a moment follows approvals, rejections, deletions and newer versions")
  void latestApprovedVersionAt() {
    Instant beforeGroup = settle();
    createGroup("churn");
    Instant created = settle();
    register("churn");
    Instant v1Pending = settle();
    approve("churn/1");
    Instant v1Approved = settle();
    register("churn");
    Instant v2Pending = settle();
    approve("churn/2");
    Instant v2Approved = settle();
    setStatus("churn/2", ModelApprovalStatus.REJECTED);
    Instant v2Rejected = settle();
    registry().deleteModelPackage("churn/1");
    Instant v1Deleted = settle();
    register(Fixtures.minimalPackage("churn").modelApprovalStatus(ModelApprovalStatus.APPROVED)
        .build());
    Instant v3Approved = settle();

    assertThat(latestApprovedAt("churn", beforeGroup)).isEmpty();
    assertThat(latestApprovedAt("churn", created)).isEmpty();
    assertThat(latestApprovedAt("churn", v1Pending)).isEmpty();
    assertThat(latestApprovedAt("churn", v1Approved)).contains(1);
    assertThat(latestApprovedAt("churn", v1Approved.plusSeconds(30))).contains(1);
    assertThat(latestApprovedAt("churn", v2Pending)).contains(1);
    assertThat(latestApprovedAt("churn", v2Approved)).contains(2);
    assertThat(latestApprovedAt("churn", v2Rejected)).contains(1);
    assertThat(latestApprovedAt("churn", v1Deleted)).isEmpty();
    assertThat(latestApprovedAt("churn", v3Approved)).contains(3);
    assertThat(latestApprovedAt(groupArn("churn"), v2Approved)).contains(2);
    assertThat(latestApprovedAt("CHURN", v2Approved)).contains(2);
  }

  @Test
  @DisplayName("the moment of a write counts: a change at exactly T is part of the answer at T")
  void latestApprovedVersionAtTheInstant() {
    createGroup("churn");
    register("churn");
    Instant approved = tick();
    approve("churn/1");

    assertThat(latestApprovedAt("churn", approved)).contains(1);
    assertThat(latestApprovedAt("churn", approved.minusNanos(1000))).isEmpty();
  }

  @Test
  @DisplayName("a deleted and recreated group starts over: its old approvals count before the deletion only")
  void latestApprovedVersionAcrossRecreation() {
    createGroup("churn");
    register("churn");
    register("churn");
    approve("churn/2");
    Instant oldApproved = settle();
    registry().deleteModelPackage("churn/1");
    registry().deleteModelPackage("churn/2");
    registry().deleteModelPackageGroup("churn");
    Instant deleted = settle();
    createGroup("Churn");
    register("Churn");
    Instant recreated = settle();
    approve("Churn/1");
    Instant newApproved = settle();

    assertThat(latestApprovedAt("churn", oldApproved)).contains(2);
    assertThat(latestApprovedAt("churn", deleted)).isEmpty();
    assertThat(latestApprovedAt("churn", recreated)).isEmpty();
    assertThat(latestApprovedAt("churn", newApproved)).contains(1);
    assertThat(registry().findApprovalStatusAt("churn/2", oldApproved))
        .contains(ModelApprovalStatus.APPROVED);
    assertThat(registry().findApprovalStatusAt("churn/2", newApproved)).isEmpty();
    assertThat(registry().findApprovalStatusAt("churn/1", recreated))
        .contains(ModelApprovalStatus.PENDING_MANUAL_APPROVAL);
  }

  @Test
  @DisplayName("a group created again with a time before the deletion committed ahead of it: between the two times the answers are the old group's")
  void pointInTimeWhenRecreationIsStampedBeforeTheDeletion() {
    Instant start = clock().instant();
    createGroup("churn");
    register(Fixtures.minimalPackage("churn").modelApprovalStatus(ModelApprovalStatus.APPROVED)
        .build());
    Instant deletion = start.plusMillis(100);
    clock().set(deletion);
    registry().deleteModelPackage("churn/1");
    registry().deleteModelPackageGroup("churn");
    // A group's creation reads the clock before its store step, so a creation can commit after
    // a deletion and still carry an earlier time: the clock stepping back stands in for that.
    Instant recreation = start.plusMillis(99);
    clock().set(recreation);
    createGroup("churn");
    register("churn");
    clock().set(deletion.plusSeconds(1));

    Instant between = recreation.plusNanos(500_000);
    assertThat(latestApprovedAt("churn", between))
        .as("the old group's state: its deletion is later").contains(1);
    assertThat(registry().findApprovalStatusAt("churn/1", between))
        .contains(ModelApprovalStatus.APPROVED);
    assertThat(latestApprovedAt("churn", deletion)).as("the new group's state").isEmpty();
    assertThat(registry().findApprovalStatusAt("churn/1", deletion))
        .contains(ModelApprovalStatus.PENDING_MANUAL_APPROVAL);
  }

  @Test
  @DisplayName("a package's approval status at a moment: empty before it existed and after its deletion")
  void approvalStatusAt() {
    createGroup("churn");
    Instant beforePackage = settle();
    register("churn");
    Instant pending = settle();
    approve("churn/1");
    Instant approved = settle();
    setStatus("churn/1", ModelApprovalStatus.REJECTED);
    Instant rejected = settle();
    registry().updateModelPackage(UpdateModelPackageRequest.builder().modelPackageArn("churn/1")
        .customerMetadataProperties(Map.of("note", "kept")).build());
    Instant annotated = settle();
    registry().deleteModelPackage("churn/1");
    Instant deleted = settle();

    assertThat(registry().findApprovalStatusAt("churn/1", beforePackage)).isEmpty();
    assertThat(registry().findApprovalStatusAt("churn/1", pending))
        .contains(ModelApprovalStatus.PENDING_MANUAL_APPROVAL);
    assertThat(registry().findApprovalStatusAt("churn/1", approved))
        .contains(ModelApprovalStatus.APPROVED);
    assertThat(registry().findApprovalStatusAt(packageArn("churn", 1), rejected))
        .contains(ModelApprovalStatus.REJECTED);
    assertThat(registry().findApprovalStatusAt("churn/1", annotated))
        .contains(ModelApprovalStatus.REJECTED);
    assertThat(registry().findApprovalStatusAt("churn/1", deleted)).isEmpty();
    assertThat(registry().findApprovalStatusAt("churn/2", deleted)).isEmpty();
    assertThat(registry().findApprovalStatusAt("absent/1", deleted)).isEmpty();
  }

  @Test
  @DisplayName("the point-in-time answers read many pages of trail: 250 updates of one group")
  void pointInTimeOverLongTrail() {
    createGroup("churn");
    register("churn");
    register("churn");
    Instant middle = KitContext.START;
    for (int i = 0; i < 125; i++) {
      approve("churn/" + (1 + i % 2));
      setStatus("churn/" + (1 + i % 2), ModelApprovalStatus.REJECTED);
      if (i == 60) {
        approve("churn/1");
        middle = settle();
      }
    }
    approve("churn/1");
    Instant end = settle();

    assertThat(trail("churn").size()).isGreaterThan(250);
    assertThat(latestApprovedAt("churn", middle)).contains(1);
    assertThat(latestApprovedAt("churn", end)).contains(1);
  }

  @Test
  @DisplayName("point-in-time questions about invalid references are validation errors")
  void pointInTimeValidation() {
    Rejections.thrownBy(ValidationException.class,
        () -> registry().findLatestApprovedVersionAt("not a name!", KitContext.START));
    Rejections.thrownBy(ValidationException.class,
        () -> registry().findApprovalStatusAt("churn/0", KitContext.START));
    Rejections.thrownBy(ValidationException.class,
        () -> registry().findApprovalStatusAt("not a name!/1", KitContext.START));
  }

  Optional<Integer> latestApprovedAt(String group, Instant time) {
    return registry().findLatestApprovedVersionAt(group, time);
  }

  /**
   * Returns the time of the writes just made and moves the clock a minute on, so that the next
   * write is later: the answer at the returned moment includes those writes and no later one.
   */
  Instant settle() {
    Instant now = clock().instant();
    clock().advance(Duration.ofMinutes(1));
    return now;
  }
}
