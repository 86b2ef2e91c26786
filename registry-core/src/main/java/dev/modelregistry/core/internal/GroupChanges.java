package dev.modelregistry.core.internal;

import dev.modelregistry.api.audit.AuditOperation;
import dev.modelregistry.api.model.ImmutableModelPackageGroup;
import dev.modelregistry.api.model.ModelPackageGroup;
import dev.modelregistry.api.model.UserContext;
import dev.modelregistry.core.spi.GroupRecord;
import dev.modelregistry.core.spi.GroupWrite;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Changes a group's settings (its tags or resource policy) in one store step: the revision check,
 * the new revision and the audit record are the same for every setting.
 */
final class GroupChanges {
  private final RegistryContext context;

  GroupChanges(RegistryContext context) {
    this.context = context;
  }

  /**
   * Checks the expected revision, applies {@code change}, and if that changed anything bumps the
   * revision and builds the audit record, with the clock read inside the step. A change that
   * changes nothing writes nothing.
   */
  GroupRecord change(String groupName, @Nullable Long expectedRevision, AuditOperation operation,
      UnaryOperator<GroupRecord> change) {
    UserContext actor = context.caller();
    return context.store().updateGroup(groupName, current -> {
      ModelPackageGroup group = current.group();
      RevisionChecks.require(expectedRevision, group.revision(), group.modelPackageGroupArn());
      GroupRecord changed = change.apply(current);
      if (changed.tags().equals(current.tags())
          && Objects.equals(changed.resourcePolicy(), current.resourcePolicy())) {
        return GroupWrite.unchanged(current);
      }
      GroupRecord next = new GroupRecord(
          ImmutableModelPackageGroup.copyOf(group).withRevision(group.revision() + 1),
          changed.tags(), changed.resourcePolicy());
      return new GroupWrite(next,
          AuditRecords.changeGroup(operation, current, next, context.now(), actor));
    });
  }
}
