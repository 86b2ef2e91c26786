package dev.modelregistry.core.internal;

import dev.modelregistry.api.audit.AuditOutcome;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.model.ModelApprovalStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Replays a group's audit trail, oldest first, to the approval status of each of its packages at
 * the time of the last record replayed. Works the same over every store, because every store
 * keeps the same trail. A group created again under a deleted group's name starts over, so its
 * version 1 is not mistaken for the old group's.
 *
 * <p>The state at a moment T is the effect of the longest prefix of the trail, in position
 * (commit) order, whose records all carry a time at or before T: {@link #offer} stops at the first
 * record later than T. Filtering by time alone would be wrong, because record times are not
 * always in commit order: a group's creation time is read before its store step, so a group
 * created again can carry a time before that of the deletion committed ahead of it, and a
 * time-only filter would then apply the new group's start over the old group's state.
 */
final class PointInTime {
  private final Map<Integer, ModelApprovalStatus> statusByVersion = new HashMap<>();
  private final Instant notAfter;
  private boolean ended;

  /** A replay of the state at {@code notAfter}. */
  PointInTime(Instant notAfter) {
    this.notAfter = notAfter;
  }

  /**
   * Offers the next record of the trail, in position order: applies it if it and every record
   * before it are at or before the moment.
   *
   * @return false once a record later than the moment was offered: the replay is complete, and
   *     later records change nothing
   */
  boolean offer(AuditRecord record) {
    if (ended || record.time().isAfter(notAfter)) {
      ended = true;
      return false;
    }
    apply(record);
    return true;
  }

  /** Applies the next record of the trail. */
  void apply(AuditRecord record) {
    if (record.outcome() != AuditOutcome.APPLIED) {
      return; // a denied change changed nothing
    }
    switch (record.operation()) {
      case CREATE_MODEL_PACKAGE_GROUP, DELETE_MODEL_PACKAGE_GROUP -> statusByVersion.clear();
      case CREATE_MODEL_PACKAGE, UPDATE_MODEL_PACKAGE -> {
        if (record.modelPackageVersion().isPresent()
            && record.modelApprovalStatus().isPresent()) {
          statusByVersion.put(record.modelPackageVersion().get(),
              record.modelApprovalStatus().get());
        }
      }
      case DELETE_MODEL_PACKAGE -> record.modelPackageVersion().ifPresent(statusByVersion::remove);
      default -> {
        // tags and policies do not touch packages
      }
    }
  }

  /** Returns the highest version whose status is {@code Approved}. */
  Optional<Integer> latestApproved() {
    return statusByVersion.entrySet().stream()
        .filter(entry -> entry.getValue() == ModelApprovalStatus.APPROVED)
        .map(Map.Entry::getKey)
        .max(Integer::compare);
  }

  /** Returns a package's status, if it existed. */
  Optional<ModelApprovalStatus> status(int version) {
    return Optional.ofNullable(statusByVersion.get(version));
  }
}
