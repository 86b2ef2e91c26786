package dev.modelregistry.core.spi;

import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageHistoryEntry;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A package to store together with the history entries that record how it got there and the
 * audit record of the write, which the store appends to its log in the same atomic step.
 *
 * @param modelPackage the package as it is to be stored
 * @param history the history entries to append, oldest first
 * @param audit the audit record to append (position 0; the store assigns it), or {@code null}
 *     exactly when the write is {@linkplain #unchanged unchanged}
 */
public record PackageWrite(ModelPackage modelPackage, List<ModelPackageHistoryEntry> history,
    @Nullable AuditRecord audit) {
  public PackageWrite {
    Objects.requireNonNull(modelPackage, "modelPackage");
    history = List.copyOf(history);
  }

  /** Returns a write that changes nothing: the store writes nothing at all. */
  public static PackageWrite unchanged(ModelPackage current) {
    return new PackageWrite(current, List.of(), null);
  }

  /** Returns whether this write changes nothing. */
  public boolean isUnchanged() {
    return audit == null;
  }

  /** Returns the audit record to append, if the write changes anything. */
  public Optional<AuditRecord> auditRecord() {
    return Optional.ofNullable(audit);
  }
}
