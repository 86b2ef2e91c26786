package dev.modelregistry.api;

/**
 * An approval policy refused a change of a package's approval status or life-cycle stage. Nothing
 * was changed; the refusal is recorded in the audit trail.
 */
public class ApprovalDeniedException extends ModelRegistryException {
  private static final long serialVersionUID = 1L;

  private final String reason;

  public ApprovalDeniedException(String message, String reason) {
    super(message);
    this.reason = reason;
  }

  /** Returns the policy's reason, e.g. that the creator of a package may not approve it. */
  public String reason() {
    return reason;
  }
}
