package dev.modelregistry.api;

/**
 * A write named the revision it expected, and the resource has moved on: someone else changed it
 * since it was read. Nothing was changed; read it again and decide anew.
 */
public class RevisionConflictException extends ConflictException {
  private static final long serialVersionUID = 1L;

  private final String resourceArn;
  private final long expectedRevision;
  private final long actualRevision;

  public RevisionConflictException(String resourceArn, long expectedRevision,
      long actualRevision) {
    super("'" + resourceArn + "' is at revision " + actualRevision + ", not the expected "
        + expectedRevision + ": it was changed since it was read.");
    this.resourceArn = resourceArn;
    this.expectedRevision = expectedRevision;
    this.actualRevision = actualRevision;
  }

  /** Returns the ARN of the group or package. */
  public String resourceArn() {
    return resourceArn;
  }

  /** Returns the revision the caller expected. */
  public long expectedRevision() {
    return expectedRevision;
  }

  /** Returns the resource's revision when the write was refused. */
  public long actualRevision() {
    return actualRevision;
  }
}
