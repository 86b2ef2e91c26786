package dev.modelregistry.core.spi;

import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageHistoryEntry;
import java.util.List;
import java.util.Objects;

/** A package to store together with the history entries that record how it got there. */
public record PackageWrite(ModelPackage modelPackage, List<ModelPackageHistoryEntry> history) {
  public PackageWrite {
    Objects.requireNonNull(modelPackage, "modelPackage");
    history = List.copyOf(history);
  }

  /** Returns a write that changes nothing. */
  public static PackageWrite unchanged(ModelPackage current) {
    return new PackageWrite(current, List.of());
  }
}
