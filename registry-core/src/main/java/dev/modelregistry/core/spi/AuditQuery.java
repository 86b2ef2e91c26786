package dev.modelregistry.core.spi;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A page request for the audit trail of a group or package, in position order (oldest first).
 *
 * @param groupName the group, matched ignoring case; the trail of every group that ever had this
 *     name (a deleted one's, a recreated one's)
 * @param version keep the records of this package version only; {@code null} for the group's own
 *     records and all its packages'
 * @param afterPosition return only records at higher positions
 * @param notAfter return only records whose time is at or before this, or {@code null}
 * @param limit the most records to return, at least 1
 */
public record AuditQuery(String groupName, @Nullable Integer version, long afterPosition,
    @Nullable Instant notAfter, int limit) {
  public AuditQuery {
    Objects.requireNonNull(groupName, "groupName");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
  }
}
