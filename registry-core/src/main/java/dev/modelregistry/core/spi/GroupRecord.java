package dev.modelregistry.core.spi;

import dev.modelregistry.api.model.ModelPackageGroup;
import dev.modelregistry.api.model.Tag;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A group as stored: the group, its tags in the order their keys were first added, and its
 * resource policy if it has one.
 */
public record GroupRecord(ModelPackageGroup group, List<Tag> tags, @Nullable String resourcePolicy) {

  public GroupRecord {
    Objects.requireNonNull(group, "group");
    tags = List.copyOf(tags);
  }

  /** Returns the policy, if the group has one. */
  public Optional<String> policy() {
    return Optional.ofNullable(resourcePolicy);
  }

  /** Returns this record with other tags. */
  public GroupRecord withTags(List<Tag> newTags) {
    return new GroupRecord(group, newTags, resourcePolicy);
  }

  /** Returns this record with another policy, or none. */
  public GroupRecord withPolicy(@Nullable String newPolicy) {
    return new GroupRecord(group, tags, newPolicy);
  }
}
