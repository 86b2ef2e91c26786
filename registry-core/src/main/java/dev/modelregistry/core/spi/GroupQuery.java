package dev.modelregistry.core.spi;

import dev.modelregistry.api.model.SortBy;
import dev.modelregistry.api.model.SortOrder;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A page request for groups. Order: by {@code creationTime} then name, or by name alone
 * ({@link SortBy#NAME}); names compare as Java strings (case-sensitive, which for the ASCII names
 * allowed is byte order); {@link SortOrder#DESCENDING} reverses the whole key.
 *
 * @param nameContains keep groups whose name contains this, ignoring case, taken literally
 * @param createdAfter keep groups created strictly after this
 * @param createdBefore keep groups created strictly before this
 * @param sortBy the sort key
 * @param sortOrder the direction
 * @param after return only groups strictly after this position in the order
 * @param limit the most groups to return, at least 1
 */
public record GroupQuery(
    @Nullable String nameContains,
    @Nullable Instant createdAfter,
    @Nullable Instant createdBefore,
    SortBy sortBy,
    SortOrder sortOrder,
    @Nullable GroupCursor after,
    int limit) {

  public GroupQuery {
    Objects.requireNonNull(sortBy, "sortBy");
    Objects.requireNonNull(sortOrder, "sortOrder");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
  }

  /** A position in the group order: the last group of the previous page. */
  public record GroupCursor(Instant creationTime, String groupName) {
    public GroupCursor {
      Objects.requireNonNull(creationTime, "creationTime");
      Objects.requireNonNull(groupName, "groupName");
    }
  }
}
