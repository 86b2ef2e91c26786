package dev.modelregistry.core.internal;

import dev.modelregistry.api.ResourceNotFoundException;
import dev.modelregistry.api.audit.AuditOperation;
import dev.modelregistry.core.spi.GroupRecord;
import org.jspecify.annotations.Nullable;

/** Puts, gets and deletes the resource policy of a model package group. */
final class GroupPolicies {
  private final RegistryContext context;
  private final GroupChanges changes;

  GroupPolicies(RegistryContext context, GroupChanges changes) {
    this.context = context;
    this.changes = changes;
  }

  /** Returns the group's ARN. */
  String put(String groupNameOrArn, String resourcePolicy, @Nullable Long expectedRevision) {
    Violations violations = new Violations();
    Arns.GroupRef ref =
        context.arns().groupRef(groupNameOrArn, "modelPackageGroupName", violations);
    violations.check("resourcePolicy", resourcePolicy, FieldRules.RESOURCE_POLICY);
    RevisionChecks.validate(expectedRevision, violations);
    violations.throwIfAny();
    GroupRecord changed = changes.change(ref.name(), expectedRevision,
        AuditOperation.PUT_MODEL_PACKAGE_GROUP_POLICY, group -> group.withPolicy(resourcePolicy));
    return changed.group().modelPackageGroupArn();
  }

  String get(String groupNameOrArn) {
    GroupRecord group =
        context.requireGroup(context.groupName(groupNameOrArn, "modelPackageGroupName"));
    return group.policy().orElseThrow(() -> noPolicy(group));
  }

  void delete(String groupNameOrArn, @Nullable Long expectedRevision) {
    Arns.GroupRef ref = context.groupToChange(groupNameOrArn, expectedRevision);
    changes.change(ref.name(), expectedRevision,
        AuditOperation.DELETE_MODEL_PACKAGE_GROUP_POLICY, group -> {
          if (group.policy().isEmpty()) {
            throw noPolicy(group);
          }
          return group.withPolicy(null);
        });
  }

  private static ResourceNotFoundException noPolicy(GroupRecord group) {
    return new ResourceNotFoundException("Model package group '"
        + group.group().modelPackageGroupName() + "' has no resource policy.");
  }
}
