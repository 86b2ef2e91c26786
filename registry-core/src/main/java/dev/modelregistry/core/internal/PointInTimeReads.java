package dev.modelregistry.core.internal;

import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.core.spi.AuditQuery;
import dev.modelregistry.core.spi.RegistryStore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Answers what a group or package looked like at a past time, by replaying the group's trail. */
final class PointInTimeReads {
  /** Records read per store call when replaying a trail. */
  private static final int REPLAY_PAGE = 1000;

  private final RegistryContext context;
  private final RegistryStore store;

  PointInTimeReads(RegistryContext context) {
    this.context = context;
    this.store = context.store();
  }

  Optional<Integer> latestApprovedVersionAt(String groupNameOrArn, Instant time) {
    Objects.requireNonNull(time, "time");
    Arns.GroupRef ref = context.groupRef(groupNameOrArn, "modelPackageGroupName");
    if (!ref.isOwn()) {
      return Optional.empty();
    }
    return replay(ref.givenName(), time).latestApproved();
  }

  Optional<ModelApprovalStatus> approvalStatusAt(String modelPackageArnOrGroupVersion,
      Instant time) {
    Objects.requireNonNull(time, "time");
    Arns.PackageRef ref = context.packageRef(modelPackageArnOrGroupVersion, "modelPackageArn");
    if (!ref.isOwn()) {
      return Optional.empty();
    }
    // The whole group's trail, not only the package's: a group deleted and created again under
    // the same name numbers its packages from 1 again, and only the group's records say so.
    return replay(ref.groupName(), time).status(ref.version());
  }

  /**
   * Replays a group's trail as it stood at {@code time}, page by page: the effect of the records
   * committed at or before it, in commit order, up to the first record later than it (see
   * {@link PointInTime}). The trail is read without a time filter, since a record at or before
   * {@code time} that follows a later one in the trail must not count.
   */
  private PointInTime replay(String groupName, Instant time) {
    // Stored times are whole milliseconds: "at or before t" is "at or before floor(t)".
    PointInTime state = new PointInTime(time.truncatedTo(ChronoUnit.MILLIS));
    if (time.isBefore(TimeBounds.EARLIEST)) {
      return state;
    }
    long after = 0;
    while (true) {
      List<AuditRecord> records =
          store.listAudit(new AuditQuery(groupName, null, after, null, REPLAY_PAGE));
      for (AuditRecord record : records) {
        if (!state.offer(record)) {
          return state;
        }
      }
      if (records.size() < REPLAY_PAGE) {
        return state;
      }
      after = records.get(records.size() - 1).position();
    }
  }
}
