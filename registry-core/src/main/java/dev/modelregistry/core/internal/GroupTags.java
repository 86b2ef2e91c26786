package dev.modelregistry.core.internal;

import dev.modelregistry.api.FieldViolation;
import dev.modelregistry.api.LimitExceededException;
import dev.modelregistry.api.Page;
import dev.modelregistry.api.audit.AuditOperation;
import dev.modelregistry.api.model.Tag;
import dev.modelregistry.api.request.ListTagsRequest;
import dev.modelregistry.core.spi.GroupRecord;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Adds, lists and deletes the tags of a model package group (packages cannot be tagged). */
final class GroupTags {
  private final RegistryContext context;
  private final GroupChanges changes;

  GroupTags(RegistryContext context, GroupChanges changes) {
    this.context = context;
    this.changes = changes;
  }

  List<Tag> add(String resourceArn, List<Tag> tags, @Nullable Long expectedRevision) {
    Violations violations = new Violations();
    Arns.GroupRef ref = taggableGroup(resourceArn, violations);
    TagRules.requestTags(violations, "tags", tags);
    RevisionChecks.validate(expectedRevision, violations);
    violations.throwIfAny();

    return changes.change(ref.name(), expectedRevision, AuditOperation.ADD_TAGS, group -> {
      List<Tag> merged = TagRules.merge(group.tags(), tags);
      if (merged.size() > FieldRules.MAX_TAGS) {
        throw new LimitExceededException("A model package group holds at most "
            + FieldRules.MAX_TAGS + " tags; adding these would leave " + merged.size() + ".",
            new FieldViolation("tags", String.valueOf(merged.size()),
                "the group would hold " + merged.size() + " tags; at most " + FieldRules.MAX_TAGS));
      }
      return group.withTags(merged);
    }).tags();
  }

  Page<Tag> list(ListTagsRequest request) {
    Violations violations = new Violations();
    Arns.GroupRef ref = taggableGroup(request.resourceArn(), violations);
    int pageSize = PageTokens.pageSize(request.maxResults(), violations);
    violations.throwIfAny();

    GroupRecord group = context.requireGroup(ref.name());
    String scope = PageTokens.scope("tags",
        group.group().modelPackageGroupName().toLowerCase(Locale.ROOT));
    int start = PageTokens.decode(request.nextToken(), scope, 1)
        .map(parts -> PageTokens.integer(parts.get(0), request.nextToken()))
        .orElse(0);
    List<Tag> all = group.tags();
    int end = Math.min(all.size(), start + pageSize);
    List<Tag> items = start >= all.size() ? List.of() : all.subList(start, end);
    return end < all.size()
        ? Page.of(items, PageTokens.encode(scope, List.of(String.valueOf(end))))
        : Page.last(items);
  }

  void delete(String resourceArn, List<String> tagKeys, @Nullable Long expectedRevision) {
    Violations violations = new Violations();
    Arns.GroupRef ref = taggableGroup(resourceArn, violations);
    TagRules.keysToDelete(violations, "tagKeys", tagKeys);
    RevisionChecks.validate(expectedRevision, violations);
    violations.throwIfAny();

    changes.change(ref.name(), expectedRevision, AuditOperation.DELETE_TAGS,
        group -> group.withTags(
            group.tags().stream().filter(tag -> !tagKeys.contains(tag.key())).toList()));
  }

  private Arns.GroupRef taggableGroup(String resourceArn, Violations violations) {
    Arns arns = context.arns();
    if (Arns.isPackageArn(resourceArn)) {
      violations.add("resourceArn", resourceArn, "names a model package, and model packages"
          + " cannot be tagged: tag the model package group instead, or record the values as"
          + " customer metadata properties of the package");
      return arns.groupRef(resourceArn, "resourceArn", new Violations());
    }
    if (!resourceArn.startsWith("arn:")) {
      violations.add("resourceArn", resourceArn, "must be the ARN of a model package group");
    }
    return arns.groupRef(resourceArn, "resourceArn", violations);
  }
}
