package dev.modelregistry.core.internal;

import dev.modelregistry.api.RevisionConflictException;
import org.jspecify.annotations.Nullable;

/**
 * The optimistic-concurrency check. Called inside the store's step (the change or audit function
 * a store runs under its lock or row lock), so that the check and the write are one atomic step:
 * no other writer can slip in between.
 */
final class RevisionChecks {
  private RevisionChecks() {}

  /**
   * Checks that an expected revision is one a resource can have (revisions start at 1), before
   * anything is read or written.
   *
   * @param expected the revision the caller gave, or {@code null} for an unconditional write
   */
  static void validate(@Nullable Long expected, Violations violations) {
    if (expected != null && expected < 1) {
      violations.add("expectedRevision", String.valueOf(expected),
          "must be at least 1: revisions start at 1");
    }
  }

  /**
   * Throws if the caller expected another revision than the resource's.
   *
   * @param expected the revision the caller read, or {@code null} for an unconditional write
   * @throws RevisionConflictException if they differ
   */
  static void require(@Nullable Long expected, long actual, String resourceArn) {
    if (expected != null && expected != actual) {
      throw new RevisionConflictException(resourceArn, expected, actual);
    }
  }
}
