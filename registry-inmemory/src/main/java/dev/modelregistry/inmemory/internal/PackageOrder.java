package dev.modelregistry.inmemory.internal;

import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.SortBy;
import dev.modelregistry.core.spi.PackageQuery;
import java.time.Instant;
import java.util.Comparator;

/**
 * A package's place in a list order: by creation time, group name and version; or, for
 * {@link SortBy#NAME}, by group name and version (the creation time is then left out of the
 * comparison). Group names compare as Java strings, as the SPI specifies.
 */
record PackageOrder(Instant creationTime, String groupName, int version) {

  static final Comparator<PackageOrder> BY_CREATION_TIME = Comparator
      .comparing(PackageOrder::creationTime)
      .thenComparing(PackageOrder::groupName)
      .thenComparingInt(PackageOrder::version);

  static final Comparator<PackageOrder> BY_NAME = Comparator
      .comparing(PackageOrder::groupName)
      .thenComparingInt(PackageOrder::version);

  static PackageOrder of(ModelPackage modelPackage) {
    return new PackageOrder(modelPackage.creationTime(), modelPackage.modelPackageGroupName(),
        modelPackage.modelPackageVersion());
  }

  static PackageOrder of(PackageQuery.PackageCursor cursor) {
    return new PackageOrder(cursor.creationTime(), cursor.groupName(), cursor.version());
  }
}
