package dev.modelregistry.core;

import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether a change of a package's approval status or life-cycle stage may happen. The
 * registry asks it inside the step that stores the change (under the package's lock or row lock),
 * so it sees the package exactly as the change would apply to it; it must therefore be quick, pure
 * and thread-safe, and may be asked more than once for one request. A denial throws
 * {@link dev.modelregistry.api.ApprovalDeniedException}, changes nothing and is recorded in the
 * audit trail.
 *
 * <p>Ready-made policies are in {@link ApprovalPolicies}; the default allows everything, as
 * SageMaker does.
 */
@FunctionalInterface
public interface ApprovalPolicy {

  /** Returns why the change is denied, or empty to allow it. */
  Optional<String> denialReason(ApprovalChange change);

  /** Returns a policy that allows a change only if this one and {@code other} both do. */
  default ApprovalPolicy and(ApprovalPolicy other) {
    Objects.requireNonNull(other, "other");
    return change -> {
      Optional<String> denied = denialReason(change);
      return denied.isPresent() ? denied : other.denialReason(change);
    };
  }
}
