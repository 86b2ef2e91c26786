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
