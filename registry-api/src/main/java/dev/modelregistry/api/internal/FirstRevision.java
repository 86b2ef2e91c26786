package dev.modelregistry.api.internal;

import org.jspecify.annotations.Nullable;

/**
 * A Jackson value filter that leaves a revision of 1, the revision every resource starts with and
 * the one a document without {@code Revision} reads as, out of the JSON: a SageMaker document,
 * which has no such member, is written back without it. Not API: it only shapes the JSON.
 */
public final class FirstRevision {

  /** Jackson creates the filter; nothing else should. */
  public FirstRevision() {}

  /** Returns whether {@code value} is the first revision, which is then not written. */
  @Override
  public boolean equals(@Nullable Object value) {
    return value instanceof Long revision && revision == 1L;
  }

  @Override
  public int hashCode() {
    return FirstRevision.class.hashCode();
  }
}
