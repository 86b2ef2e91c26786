package dev.modelregistry.core.internal;

import static dev.modelregistry.api.model.ModelApprovalStatus.APPROVED;
import static dev.modelregistry.api.model.ModelApprovalStatus.PENDING_MANUAL_APPROVAL;
import static dev.modelregistry.api.model.ModelApprovalStatus.REJECTED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.audit.AuditOperation;
import dev.modelregistry.api.audit.AuditOutcome;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.UserContext;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The replay of a group's trail behind the point-in-time queries. */
class PointInTimeTest {
  private long position;

  private AuditRecord record(AuditOperation operation, @Nullable Integer version,
      @Nullable ModelApprovalStatus status, AuditOutcome outcome) {
    position += 3;
    return AuditRecord.builder()
        .position(position)
        .time(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(position))
        .actor(UserContext.ofUserProfile("a"))
        .operation(operation)
        .outcome(outcome)
        .modelPackageGroupName("churn")
        .resourceArn("arn")
        .modelPackageVersion(Optional.ofNullable(version))
        .modelApprovalStatus(Optional.ofNullable(status))
        .build();
  }

  private AuditRecord applied(AuditOperation operation, @Nullable Integer version,
      @Nullable ModelApprovalStatus status) {
    return record(operation, version, status, AuditOutcome.APPLIED);
  }

  @Test
  @DisplayName("the latest approved version is the highest approved one; updates, denials and deletes count as they should")
  void latestApproved() {
    PointInTime state = new PointInTime(Instant.MAX);
    state.apply(applied(AuditOperation.CREATE_MODEL_PACKAGE_GROUP, null, null));
    state.apply(applied(AuditOperation.CREATE_MODEL_PACKAGE, 1, APPROVED));
    state.apply(applied(AuditOperation.CREATE_MODEL_PACKAGE, 2, PENDING_MANUAL_APPROVAL));
    assertThat(state.latestApproved()).hasValue(1);
    state.apply(applied(AuditOperation.UPDATE_MODEL_PACKAGE, 2, APPROVED));
    assertThat(state.latestApproved()).hasValue(2);
    state.apply(record(AuditOperation.UPDATE_MODEL_PACKAGE, 2, REJECTED, AuditOutcome.DENIED));
    assertThat(state.latestApproved()).describedAs("a denial changes nothing").hasValue(2);
    state.apply(applied(AuditOperation.ADD_TAGS, null, null));
    state.apply(applied(AuditOperation.DELETE_MODEL_PACKAGE, 2, null));
    assertThat(state.latestApproved()).hasValue(1);
    assertThat(state.status(2)).isEmpty();
    state.apply(applied(AuditOperation.UPDATE_MODEL_PACKAGE, 1, REJECTED));
    assertThat(state.latestApproved()).isEmpty();
    assertThat(state.status(1)).hasValue(REJECTED);
  }

  @Test
  @DisplayName("a group deleted and created again starts over: the old group's version 1 is forgotten")
  void recreatedGroupStartsOver() {
    PointInTime state = new PointInTime(Instant.MAX);
    state.apply(applied(AuditOperation.CREATE_MODEL_PACKAGE_GROUP, null, null));
    state.apply(applied(AuditOperation.CREATE_MODEL_PACKAGE, 1, APPROVED));
    state.apply(applied(AuditOperation.DELETE_MODEL_PACKAGE, 1, null));
    state.apply(applied(AuditOperation.DELETE_MODEL_PACKAGE_GROUP, null, null));
    assertThat(state.status(1)).isEmpty();
    state.apply(applied(AuditOperation.CREATE_MODEL_PACKAGE_GROUP, null, null));
    state.apply(applied(AuditOperation.CREATE_MODEL_PACKAGE, 1, PENDING_MANUAL_APPROVAL));
    assertThat(state.status(1)).hasValue(PENDING_MANUAL_APPROVAL);
    assertThat(state.latestApproved()).isEmpty();
  }

  @Test
  @DisplayName("a creation record resets even when the trail was pruned and the deletion is gone")
  void creationResets() {
    PointInTime state = new PointInTime(Instant.MAX);
    state.apply(applied(AuditOperation.CREATE_MODEL_PACKAGE, 4, APPROVED));
    state.apply(applied(AuditOperation.CREATE_MODEL_PACKAGE_GROUP, null, null));
    assertThat(state.latestApproved()).isEmpty();
  }

  @Test
  @DisplayName("the state at T is the longest prefix of the trail at or before T: a later-stamped record ends it even if earlier-stamped ones follow")
  void stopsAtFirstRecordLaterThanTheMoment() {
    Instant base = Instant.parse("2026-01-01T00:00:00Z");
    AuditRecord created = stamped(applied(AuditOperation.CREATE_MODEL_PACKAGE_GROUP, null, null),
        base.plusMillis(10));
    AuditRecord approved = stamped(applied(AuditOperation.CREATE_MODEL_PACKAGE, 1, APPROVED),
        base.plusMillis(20));
    AuditRecord deleted = stamped(applied(AuditOperation.DELETE_MODEL_PACKAGE_GROUP, null, null),
        base.plusMillis(100));
    // Created again: its time was read before its store step, so it precedes the deletion's.
    AuditRecord recreated = stamped(
        applied(AuditOperation.CREATE_MODEL_PACKAGE_GROUP, null, null), base.plusMillis(99));
    AuditRecord pending = stamped(
        applied(AuditOperation.CREATE_MODEL_PACKAGE, 1, PENDING_MANUAL_APPROVAL),
        base.plusMillis(99));

    PointInTime state = new PointInTime(base.plusMillis(99));
    assertThat(state.offer(created)).isTrue();
    assertThat(state.offer(approved)).isTrue();
    assertThat(state.offer(deleted)).isFalse();
    assertThat(state.offer(recreated)).describedAs("after the end").isFalse();
    assertThat(state.offer(pending)).isFalse();
    assertThat(state.latestApproved()).hasValue(1);
    assertThat(state.status(1)).hasValue(APPROVED);
  }

  private static AuditRecord stamped(AuditRecord record, Instant time) {
    return AuditRecord.builder().from(record).time(time).build();
  }
}
