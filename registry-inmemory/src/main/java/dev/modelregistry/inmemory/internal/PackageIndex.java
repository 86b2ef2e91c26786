package dev.modelregistry.inmemory.internal;

import dev.modelregistry.api.model.MetadataProperties;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.SortBy;
import dev.modelregistry.api.model.SortOrder;
import dev.modelregistry.core.spi.PackageQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Packages in creation-time order, for keyset pages: a page starts strictly after the cursor's
 * key, so a writer adding packages never makes a reader see one twice or miss one. Concurrent
 * reads need no lock; writers are serialized by the owning group's lock.
 */
public final class PackageIndex {
  private final ConcurrentSkipListMap<PackageOrder, ModelPackage> byCreationTime =
      new ConcurrentSkipListMap<>(PackageOrder.BY_CREATION_TIME);
  /** Only in the registry-wide index: describe by ARN is one hash lookup, as in a plain map. */
  private final @Nullable ConcurrentHashMap<String, ModelPackage> byArn;

  private PackageIndex(boolean indexArns) {
    this.byArn = indexArns ? new ConcurrentHashMap<>() : null;
  }

  /** Returns an index of one group's packages. */
  public static PackageIndex ofGroup() {
    return new PackageIndex(false);
  }

  /** Returns the index of all packages of a registry, which also finds packages by ARN. */
  public static PackageIndex ofRegistry() {
    return new PackageIndex(true);
  }

  public void put(ModelPackage modelPackage) {
    byCreationTime.put(PackageOrder.of(modelPackage), modelPackage);
    if (byArn != null) {
      byArn.put(modelPackage.modelPackageArn(), modelPackage);
    }
  }

  public void remove(ModelPackage modelPackage) {
    byCreationTime.remove(PackageOrder.of(modelPackage));
    if (byArn != null) {
      byArn.remove(modelPackage.modelPackageArn());
    }
  }

  /** Returns the package with exactly this ARN, or null (also in a group's own index). */
  public @Nullable ModelPackage byArn(String arn) {
    return byArn == null ? null : byArn.get(arn);
  }

  /**
   * Returns a page in creation-time order. Name order (group name, then version) is not kept
   * here: it is each group's version order, walked by {@link GroupState#appendByName}.
   */
  public List<ModelPackage> page(PackageQuery query) {
    if (query.sortBy() == SortBy.NAME) {
      throw new IllegalArgumentException("name order is walked group by group, not indexed");
    }
    NavigableMap<PackageOrder, ModelPackage> ordered = byCreationTime;
    if (query.sortOrder() == SortOrder.DESCENDING) {
      ordered = ordered.descendingMap();
    }
    if (query.after() != null) {
      ordered = ordered.tailMap(PackageOrder.of(query.after()), false);
    }
    Predicate<ModelPackage> filter = filter(query);
    List<ModelPackage> page = new ArrayList<>(Math.min(query.limit(), 128));
    for (ModelPackage candidate : ordered.values()) {
      if (filter.test(candidate)) {
        page.add(candidate);
        if (page.size() == query.limit()) {
          break;
        }
      }
    }
    return page;
  }

  /** Returns the query's filters as one predicate; the cursor is not among them. */
  public static Predicate<ModelPackage> filter(PackageQuery query) {
    Predicate<ModelPackage> filter = p -> true;
    if (query.groupName() != null) {
      String group = query.groupName();
      filter = filter.and(p -> p.modelPackageGroupName().equalsIgnoreCase(group));
    }
    if (query.approvalStatus() != null) {
      filter = filter.and(p -> p.modelApprovalStatus() == query.approvalStatus());
    }
    if (query.nameContains() != null) {
      String part = query.nameContains().toLowerCase(Locale.ROOT);
      filter = filter.and(p -> p.modelPackageName().toLowerCase(Locale.ROOT).contains(part));
    }
    if (query.createdAfter() != null) {
      filter = filter.and(p -> p.creationTime().isAfter(query.createdAfter()));
    }
    if (query.createdBefore() != null) {
      filter = filter.and(p -> p.creationTime().isBefore(query.createdBefore()));
    }
    MetadataProperties metadata = query.metadataProperties();
    if (metadata != null) {
      filter = filter.and(p -> matches(metadata, p.metadataProperties()));
    }
    Map<String, String> entries = query.customerMetadata();
    if (!entries.isEmpty()) {
      filter = filter.and(p -> p.customerMetadataProperties().entrySet().containsAll(
          entries.entrySet()));
    }
    return filter;
  }

  /** Whether a package's metadata properties equal every field the filter sets. */
  private static boolean matches(MetadataProperties wanted, Optional<MetadataProperties> actual) {
    if (actual.isEmpty()) {
      return false;
    }
    MetadataProperties has = actual.get();
    return matches(wanted.commitId(), has.commitId())
        && matches(wanted.repository(), has.repository())
        && matches(wanted.generatedBy(), has.generatedBy())
        && matches(wanted.projectId(), has.projectId());
  }

  private static boolean matches(Optional<String> wanted, Optional<String> actual) {
    return wanted.isEmpty() || wanted.equals(actual);
  }
}
