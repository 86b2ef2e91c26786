package dev.modelregistry.core;

import dev.modelregistry.api.model.IamIdentity;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelLifeCycle;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.UserContext;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A change of a package's approval status or life-cycle stage, as an {@link ApprovalPolicy} sees
 * it before deciding. A registration that sets a status other than
 * {@code PendingManualApproval}, or a life-cycle stage, is a change too: from
 * {@code PendingManualApproval} and no stage.
 *
 * @param actor who asks for the change
 * @param modelPackage the package before the change (for a registration: as it would be stored,
 *     with the requested status)
 * @param registration whether the change is a registration
 * @param fromStatus the approval status before the change
 * @param toStatus the requested approval status, or {@code null} if the status stays
 * @param toLifeCycle the requested life-cycle stage, or {@code null} if the stage stays
 */
public record ApprovalChange(UserContext actor, ModelPackage modelPackage, boolean registration,
    ModelApprovalStatus fromStatus, @Nullable ModelApprovalStatus toStatus,
    @Nullable ModelLifeCycle toLifeCycle) {

  public ApprovalChange {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(modelPackage, "modelPackage");
    Objects.requireNonNull(fromStatus, "fromStatus");
  }

  /** Returns the requested approval status, if the change sets one. */
  public Optional<ModelApprovalStatus> newStatus() {
    return Optional.ofNullable(toStatus);
  }

  /** Returns the requested life-cycle stage, if the change sets one. */
  public Optional<ModelLifeCycle> newLifeCycle() {
    return Optional.ofNullable(toLifeCycle);
  }

  /**
   * Returns the string that identifies a caller for policies: the IAM identity's ARN if known,
   * else the user profile's ARN, else its name; empty for an anonymous caller.
   */
  public static String identity(UserContext user) {
    return user.iamIdentity().flatMap(IamIdentity::arn)
        .or(user::userProfileArn)
        .or(user::userProfileName)
        .orElse("");
  }
}
