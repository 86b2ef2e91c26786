package dev.modelregistry.core.spi;

import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.SortBy;
import dev.modelregistry.api.model.SortOrder;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A page request for packages. Order: by {@code creationTime}, then group name, then version; or
 * ({@link SortBy#NAME}) by group name (a package's name is its group's name), then version. Group
 * names compare as Java strings (case-sensitive; byte order for the ASCII names allowed).
 * {@link SortOrder#DESCENDING} reverses the whole key.
 *
 * @param groupName keep packages of this group only (its stored name, exact case)
 * @param approvalStatus keep packages with this approval status
 * @param nameContains keep packages whose name contains this, ignoring case, taken literally
 * @param createdAfter keep packages created strictly after this
 * @param createdBefore keep packages created strictly before this
 * @param sortBy the sort key
 * @param sortOrder the direction
 * @param after return only packages strictly after this position in the order
 * @param limit the most packages to return, at least 1
 */
public record PackageQuery(
    @Nullable String groupName,
    @Nullable ModelApprovalStatus approvalStatus,
    @Nullable String nameContains,
    @Nullable Instant createdAfter,
    @Nullable Instant createdBefore,
    SortBy sortBy,
    SortOrder sortOrder,
    @Nullable PackageCursor after,
    int limit) {

  public PackageQuery {
    Objects.requireNonNull(sortBy, "sortBy");
    Objects.requireNonNull(sortOrder, "sortOrder");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
  }

  /** A position in the package order: the last package of the previous page. */
  public record PackageCursor(Instant creationTime, String groupName, int version) {
    public PackageCursor {
      Objects.requireNonNull(creationTime, "creationTime");
      Objects.requireNonNull(groupName, "groupName");
    }
  }
}
