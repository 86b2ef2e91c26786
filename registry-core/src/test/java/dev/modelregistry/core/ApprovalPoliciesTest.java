package dev.modelregistry.core;

import static dev.modelregistry.api.model.ModelApprovalStatus.APPROVED;
import static dev.modelregistry.api.model.ModelApprovalStatus.PENDING_MANUAL_APPROVAL;
import static dev.modelregistry.api.model.ModelApprovalStatus.REJECTED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.model.IamIdentity;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelLifeCycle;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageStatus;
import dev.modelregistry.api.model.UserContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The ready-made approval policies, each on the changes it must allow and deny. */
class ApprovalPoliciesTest {
  private static final UserContext TRAINER = UserContext.ofUserProfile("trainer");
  private static final UserContext REVIEWER = UserContext.builder()
      .userProfileName("reviewer-profile")
      .iamIdentity(IamIdentity.builder().arn("arn:aws:iam::000000000000:role/reviewer").build())
      .build();
  private static final ModelLifeCycle STAGING =
      ModelLifeCycle.builder().stage("staging").stageStatus("InProgress").build();

  private static ModelPackage pkg(ModelApprovalStatus status, @Nullable UserContext creator) {
    return ModelPackage.builder()
        .modelPackageGroupName("churn")
        .modelPackageVersion(3)
        .modelPackageArn("arn:aws:sagemaker:us-east-1:000000000000:model-package/churn/3")
        .creationTime(Instant.parse("2026-01-01T00:00:00Z"))
        .modelPackageStatus(ModelPackageStatus.COMPLETED)
        .modelApprovalStatus(status)
        .createdBy(Optional.ofNullable(creator))
        .build();
  }

  private static ApprovalChange change(UserContext actor, ModelApprovalStatus from,
      @Nullable ModelApprovalStatus to) {
    return new ApprovalChange(actor, pkg(from, TRAINER), false, from, to, null);
  }

  @Test
  @DisplayName("allowAll allows every change")
  void allowAllAllows() {
    assertThat(ApprovalPolicies.allowAll().denialReason(change(TRAINER, REJECTED, APPROVED)))
        .isEmpty();
  }

  @Test
  @DisplayName("separation of duties denies the creator approving, and allows others and rejections")
  void separationOfDuties() {
    ApprovalPolicy policy = ApprovalPolicies.separationOfDuties();
    assertThat(policy.denialReason(change(TRAINER, PENDING_MANUAL_APPROVAL, APPROVED)))
        .hasValueSatisfying(reason -> assertThat(reason)
            .contains("separation of duties").contains("trainer"));
    assertThat(policy.denialReason(change(REVIEWER, PENDING_MANUAL_APPROVAL, APPROVED))).isEmpty();
    assertThat(policy.denialReason(change(TRAINER, PENDING_MANUAL_APPROVAL, REJECTED))).isEmpty();
    // A registration as approved by its own creator is the same thing.
    ModelPackage registered = pkg(APPROVED, TRAINER);
    assertThat(policy.denialReason(new ApprovalChange(TRAINER, registered, true,
        PENDING_MANUAL_APPROVAL, APPROVED, null))).isPresent();
  }

  @Test
  @DisplayName("separation of duties lets anyone approve a package of an anonymous creator")
  void separationOfDutiesAnonymousCreator() {
    ApprovalChange change = new ApprovalChange(UserContext.builder().build(),
        pkg(PENDING_MANUAL_APPROVAL, null), false, PENDING_MANUAL_APPROVAL, APPROVED, null);
    assertThat(ApprovalPolicies.separationOfDuties().denialReason(change)).isEmpty();
  }

  @Test
  @DisplayName("SageMaker's transitions allow its four and deny a return to pending")
  void sageMakerTransitions() {
    ApprovalPolicy policy = ApprovalPolicies.sageMakerTransitions();
    assertThat(policy.denialReason(change(TRAINER, PENDING_MANUAL_APPROVAL, APPROVED))).isEmpty();
    assertThat(policy.denialReason(change(TRAINER, PENDING_MANUAL_APPROVAL, REJECTED))).isEmpty();
    assertThat(policy.denialReason(change(TRAINER, REJECTED, APPROVED))).isEmpty();
    assertThat(policy.denialReason(change(TRAINER, APPROVED, REJECTED))).isEmpty();
    assertThat(policy.denialReason(change(TRAINER, APPROVED, PENDING_MANUAL_APPROVAL)))
        .hasValueSatisfying(reason -> assertThat(reason).contains("not allowed"));
    assertThat(policy.denialReason(change(TRAINER, REJECTED, PENDING_MANUAL_APPROVAL)))
        .isPresent();
  }

  @Test
  @DisplayName("allowed transitions pass changes that keep the status, such as a life-cycle change")
  void transitionsPassLifeCycleChanges() {
    ApprovalPolicy policy = ApprovalPolicies.allowedTransitions(Map.of(REJECTED, List.of()));
    assertThat(policy.denialReason(new ApprovalChange(TRAINER, pkg(REJECTED, TRAINER), false,
        REJECTED, null, STAGING))).isEmpty();
    assertThat(policy.denialReason(change(TRAINER, REJECTED, APPROVED))).isPresent();
    assertThat(policy.denialReason(change(TRAINER, PENDING_MANUAL_APPROVAL, APPROVED)))
        .describedAs("a status with no entry may change to nothing").isPresent();
  }

  @Test
  @DisplayName("the approvers list admits listed identities by IAM ARN first, and only for approve and reject")
  void approvers() {
    ApprovalPolicy policy = ApprovalPolicies.approvers(Set.of("arn:aws:iam::000000000000:role/reviewer"));
    assertThat(policy.denialReason(change(REVIEWER, PENDING_MANUAL_APPROVAL, APPROVED))).isEmpty();
    assertThat(policy.denialReason(change(REVIEWER, APPROVED, REJECTED))).isEmpty();
    assertThat(policy.denialReason(change(TRAINER, PENDING_MANUAL_APPROVAL, APPROVED)))
        .hasValueSatisfying(reason -> assertThat(reason).contains("'trainer'"));
    assertThat(policy.denialReason(change(TRAINER, APPROVED, PENDING_MANUAL_APPROVAL))).isEmpty();
    assertThat(policy.denialReason(new ApprovalChange(TRAINER, pkg(APPROVED, TRAINER), false,
        APPROVED, null, STAGING))).isEmpty();
  }

  @Test
  @DisplayName("and() denies with the first policy's reason, then asks the second")
  void andCombines() {
    ApprovalPolicy first = change -> Optional.of("first says no");
    ApprovalPolicy second = change -> Optional.of("second says no");
    ApprovalChange change = change(REVIEWER, PENDING_MANUAL_APPROVAL, APPROVED);
    assertThat(first.and(second).denialReason(change)).hasValue("first says no");
    assertThat(ApprovalPolicies.allowAll().and(second).denialReason(change))
        .hasValue("second says no");
    assertThat(ApprovalPolicies.allowAll().and(ApprovalPolicies.allowAll()).denialReason(change))
        .isEmpty();
    ApprovalPolicy combined = ApprovalPolicies.separationOfDuties()
        .and(ApprovalPolicies.sageMakerTransitions());
    assertThat(combined.denialReason(change(TRAINER, PENDING_MANUAL_APPROVAL, APPROVED)))
        .hasValueSatisfying(reason -> assertThat(reason).contains("separation of duties"));
    assertThat(combined.denialReason(change(REVIEWER, APPROVED, PENDING_MANUAL_APPROVAL)))
        .hasValueSatisfying(reason -> assertThat(reason).contains("not allowed"));
  }

  @Test
  @DisplayName("identity prefers the IAM ARN, then the profile ARN, then the profile name")
  void identity() {
    assertThat(ApprovalChange.identity(REVIEWER)).isEqualTo("arn:aws:iam::000000000000:role/reviewer");
    assertThat(ApprovalChange.identity(TRAINER)).isEqualTo("trainer");
    assertThat(ApprovalChange.identity(UserContext.builder().build())).isEmpty();
  }
}
