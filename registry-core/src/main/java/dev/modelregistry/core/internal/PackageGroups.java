package dev.modelregistry.core.internal;

import dev.modelregistry.api.Page;
import dev.modelregistry.api.model.ModelPackageGroup;
import dev.modelregistry.api.model.ModelPackageGroupStatus;
import dev.modelregistry.api.model.ModelPackageGroupSummary;
import dev.modelregistry.api.model.UserContext;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.api.request.ListModelPackageGroupsRequest;
import dev.modelregistry.core.spi.GroupQuery;
import dev.modelregistry.core.spi.GroupRecord;
import dev.modelregistry.core.spi.RegistryStore;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Creates, describes, lists and deletes model package groups. */
final class PackageGroups {
  private final RegistryContext context;
  private final RegistryStore store;

  PackageGroups(RegistryContext context) {
    this.context = context;
    this.store = context.store();
  }

  ModelPackageGroup create(CreateModelPackageGroupRequest request) {
    Violations violations = new Violations()
        .check("modelPackageGroupName", request.modelPackageGroupName(), FieldRules.ENTITY_NAME)
        .check("modelPackageGroupDescription", request.modelPackageGroupDescription(),
            FieldRules.DESCRIPTION);
    TagRules.requestTags(violations, "tags", request.tags());
    violations.throwIfAny();

    String name = request.modelPackageGroupName();
    UserContext actor = context.caller();
    ModelPackageGroup group = ModelPackageGroup.builder()
        .modelPackageGroupName(name)
        .modelPackageGroupArn(context.arns().group(name))
        .modelPackageGroupDescription(request.modelPackageGroupDescription())
        .creationTime(context.now())
        .createdBy(actor)
        .modelPackageGroupStatus(ModelPackageGroupStatus.COMPLETED)
        .build();
    GroupRecord record = new GroupRecord(group, request.tags(), null);
    store.insertGroup(record, AuditRecords.createGroup(record, actor));
    return group;
  }

  ModelPackageGroup describe(String groupNameOrArn) {
    return context.requireGroup(context.groupName(groupNameOrArn, "modelPackageGroupName"))
        .group();
  }

  Page<ModelPackageGroupSummary> list(ListModelPackageGroupsRequest request) {
    Violations violations = new Violations()
        .check("nameContains", request.nameContains(), FieldRules.NAME_CONTAINS);
    int pageSize = PageTokens.pageSize(request.maxResults(), violations);
    violations.throwIfAny();

    String scope = PageTokens.scope("groups", PageTokens.lower(request.nameContains()),
        request.creationTimeAfter(), request.creationTimeBefore(), request.sortBy(),
        request.sortOrder());
    GroupQuery.GroupCursor after = PageTokens.decode(request.nextToken(), scope, 2)
        .map(parts -> new GroupQuery.GroupCursor(
            PageTokens.instant(parts.get(0), request.nextToken()), parts.get(1)))
        .orElse(null);
    List<ModelPackageGroup> groups = store.listGroups(new GroupQuery(
        request.nameContains().orElse(null), TimeBounds.after(request.creationTimeAfter()),
        TimeBounds.before(request.creationTimeBefore()), request.sortBy(), request.sortOrder(),
        after, pageSize + 1));
    return PageTokens.page(groups, pageSize,
        last -> PageTokens.encode(scope, List.of(
            String.valueOf(last.creationTime().toEpochMilli()), last.modelPackageGroupName())))
        .map(Summaries::ofGroup);
  }

  void delete(String groupNameOrArn, @Nullable Long expectedRevision) {
    String name = context.groupToChange(groupNameOrArn, expectedRevision).name();
    UserContext actor = context.caller();
    store.deleteGroup(name, group -> {
      RevisionChecks.require(expectedRevision, group.group().revision(),
          group.group().modelPackageGroupArn());
      return AuditRecords.deleteGroup(group, context.now(), actor);
    });
  }
}
