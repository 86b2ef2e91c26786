package dev.modelregistry.core;

import dev.modelregistry.api.model.ModelApprovalStatus;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Ready-made {@link ApprovalPolicy approval policies}; combine them with {@link ApprovalPolicy#and}. */
public final class ApprovalPolicies {
  private ApprovalPolicies() {}

  /** Allows every change: the default, as in SageMaker. */
  public static ApprovalPolicy allowAll() {
    return change -> Optional.empty();
  }

  /**
   * Separation of duties: the identity that registered a package may not approve it (nor register
   * it as approved). Identities compare as {@link ApprovalChange#identity}; an anonymous creator
   * matches nobody.
   */
  public static ApprovalPolicy separationOfDuties() {
    return change -> {
      if (change.toStatus() != ModelApprovalStatus.APPROVED) {
        return Optional.empty();
      }
      String actor = ApprovalChange.identity(change.actor());
      String creator = change.modelPackage().createdBy()
          .map(ApprovalChange::identity).orElse("");
      if (!creator.isEmpty() && creator.equals(actor)) {
        return Optional.of("separation of duties: '" + actor + "' registered "
            + change.modelPackage().modelPackageArn() + " and may not approve it");
      }
      return Optional.empty();
    };
  }

  /**
   * Allows only the listed approval-status transitions (a registration counts as a transition
   * from {@code PendingManualApproval}); changes that keep the status pass.
   *
   * @param allowed for each status, the statuses it may change to
   */
  public static ApprovalPolicy allowedTransitions(
      Map<ModelApprovalStatus, ? extends Collection<ModelApprovalStatus>> allowed) {
    Map<ModelApprovalStatus, Set<ModelApprovalStatus>> copy =
        new EnumMap<>(ModelApprovalStatus.class);
    allowed.forEach((from, to) -> copy.put(from,
        to.isEmpty() ? EnumSet.noneOf(ModelApprovalStatus.class) : EnumSet.copyOf(to)));
    return change -> {
      ModelApprovalStatus to = change.toStatus();
      if (to == null || to == change.fromStatus()) {
        return Optional.empty();
      }
      if (copy.getOrDefault(change.fromStatus(), Set.of()).contains(to)) {
        return Optional.empty();
      }
      return Optional.of("the transition from " + change.fromStatus() + " to " + to
          + " is not allowed");
    };
  }

  /**
   * SageMaker's documented transitions: PendingManualApproval to Approved or Rejected, Rejected
   * to Approved, Approved to Rejected. A package can never return to pending.
   */
  public static ApprovalPolicy sageMakerTransitions() {
    return allowedTransitions(Map.of(
        ModelApprovalStatus.PENDING_MANUAL_APPROVAL,
        Set.of(ModelApprovalStatus.APPROVED, ModelApprovalStatus.REJECTED),
        ModelApprovalStatus.REJECTED, Set.of(ModelApprovalStatus.APPROVED),
        ModelApprovalStatus.APPROVED, Set.of(ModelApprovalStatus.REJECTED)));
  }

  /**
   * Only these identities ({@link ApprovalChange#identity}) may approve or reject a package, or
   * register one as approved or rejected. Other changes pass.
   */
  public static ApprovalPolicy approvers(Collection<String> identities) {
    Set<String> allowed = Set.copyOf(identities);
    return change -> {
      ModelApprovalStatus to = change.toStatus();
      if (to != ModelApprovalStatus.APPROVED && to != ModelApprovalStatus.REJECTED) {
        return Optional.empty();
      }
      String actor = ApprovalChange.identity(change.actor());
      return allowed.contains(actor)
          ? Optional.empty()
          : Optional.of("'" + actor + "' is not on the approvers list");
    };
  }
}
