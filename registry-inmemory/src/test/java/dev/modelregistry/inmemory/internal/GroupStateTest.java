package dev.modelregistry.inmemory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.audit.AuditOperation;
import dev.modelregistry.api.audit.AuditOutcome;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.model.ModelPackageGroup;
import dev.modelregistry.api.model.ModelPackageGroupStatus;
import dev.modelregistry.api.model.UserContext;
import dev.modelregistry.core.spi.GroupRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A group's deletion as the store's lookups see it. */
class GroupStateTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private final AuditLog log = new AuditLog();

  private static AuditRecord record(AuditOperation operation) {
    return AuditRecord.builder()
        .time(T0)
        .actor(UserContext.ofUserProfile("a"))
        .operation(operation)
        .outcome(AuditOutcome.APPLIED)
        .modelPackageGroupName("churn")
        .resourceArn("arn:churn")
        .build();
  }

  @Test
  @DisplayName("once a group's deletion record can be read, the group reads as deleted, though the store's map still holds it")
  void deletedBeforeItsRecordIsReadable() {
    GroupState group = new GroupState(new GroupRecord(ModelPackageGroup.builder()
        .modelPackageGroupName("churn")
        .modelPackageGroupArn("arn:churn")
        .creationTime(T0)
        .modelPackageGroupStatus(ModelPackageGroupStatus.COMPLETED)
        .build(), List.of(), null), PackageIndex.ofRegistry(), log);
    group.create(record(AuditOperation.CREATE_MODEL_PACKAGE_GROUP), () -> { });
    assertThat(group.isDeleted()).isFalse();

    List<Boolean> deletedWhenRecordReadable = new ArrayList<>();
    // The store drops the group from its map in this step, after the record is appended: until
    // then only the flag keeps lookups from finding it.
    group.delete(current -> record(AuditOperation.DELETE_MODEL_PACKAGE_GROUP), () -> {
      assertThat(log.readFeed(0, 10)).extracting(AuditRecord::operation)
          .endsWith(AuditOperation.DELETE_MODEL_PACKAGE_GROUP);
      deletedWhenRecordReadable.add(group.isDeleted());
    });

    assertThat(deletedWhenRecordReadable).containsExactly(true);
    assertThat(group.isDeleted()).isTrue();
  }
}
