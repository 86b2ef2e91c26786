package dev.modelregistry.core.spi;

import dev.modelregistry.api.audit.AuditRecord;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a group update makes of the stored record: the new record and the audit record of the
 * write, which the store appends in the same atomic step.
 *
 * @param record the group as it is to be stored
 * @param audit the audit record to append (position 0), or {@code null} exactly when the write is
 *     {@linkplain #unchanged unchanged}
 */
public record GroupWrite(GroupRecord record, @Nullable AuditRecord audit) {
  public GroupWrite {
    Objects.requireNonNull(record, "record");
  }

  /** Returns a write that changes nothing: the store writes nothing at all. */
  public static GroupWrite unchanged(GroupRecord current) {
    return new GroupWrite(current, null);
  }

  /** Returns whether this write changes nothing. */
  public boolean isUnchanged() {
    return audit == null;
  }
}
