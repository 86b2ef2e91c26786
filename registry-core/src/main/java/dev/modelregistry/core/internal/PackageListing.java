package dev.modelregistry.core.internal;

import dev.modelregistry.api.Page;
import dev.modelregistry.api.model.MetadataProperties;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageSummary;
import dev.modelregistry.api.model.ModelPackageType;
import dev.modelregistry.api.request.ListModelPackagesRequest;
import dev.modelregistry.core.spi.GroupRecord;
import dev.modelregistry.core.spi.PackageQuery;
import dev.modelregistry.core.spi.RegistryStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Lists model packages by their filters, a page at a time. */
final class PackageListing {
  private final RegistryStore store;
  private final Arns arns;

  PackageListing(RegistryContext context) {
    this.store = context.store();
    this.arns = context.arns();
  }

  Page<ModelPackageSummary> list(ListModelPackagesRequest request) {
    Violations violations = new Violations()
        .check("nameContains", request.nameContains(), FieldRules.NAME_CONTAINS);
    Optional<Arns.GroupRef> groupRef = request.modelPackageGroupName()
        .map(g -> arns.groupRef(g, "modelPackageGroupName", violations));
    int pageSize = PageTokens.pageSize(request.maxResults(), violations);
    // Provenance filters follow the rules of the values they match (those of a create).
    PackageFieldsValidator fields = new PackageFieldsValidator(violations);
    request.metadataProperties()
        .ifPresent(metadata -> fields.metadataProperties("metadataProperties", metadata));
    Map<String, String> customerMetadata = request.customerMetadataProperties();
    if (!customerMetadata.isEmpty()) {
      fields.customerMetadata("customerMetadataProperties", customerMetadata);
    }
    violations.throwIfAny();
    // Metadata properties that set no field filter nothing.
    MetadataProperties metadata = request.metadataProperties()
        .filter(m -> !AuditRecords.isEmpty(m))
        .orElse(null);

    if (groupRef.isPresent() && !groupRef.get().isOwn()) {
      return Page.last(List.of());
    }
    Optional<String> groupName = groupRef.map(Arns.GroupRef::name);
    if (groupName.isPresent()) {
      // A filter on a group that does not exist matches nothing, as in SageMaker.
      Optional<GroupRecord> group = store.findGroup(groupName.get());
      if (group.isEmpty()) {
        return Page.last(List.of());
      }
      groupName = Optional.of(group.get().group().modelPackageGroupName());
    }
    ModelPackageType type = PackageTypes.effective(request);
    String scope = PageTokens.scope("packages", PageTokens.lower(groupName),
        request.modelApprovalStatus(), PageTokens.lower(request.nameContains()),
        request.creationTimeAfter(), request.creationTimeBefore(), request.sortBy(),
        request.sortOrder(), provenanceScope(metadata, customerMetadata), type);
    PackageQuery.PackageCursor after = PageTokens.decode(request.nextToken(), scope, 3)
        .map(parts -> new PackageQuery.PackageCursor(
            PageTokens.instant(parts.get(0), request.nextToken()), parts.get(1),
            PageTokens.integer(parts.get(2), request.nextToken())))
        .orElse(null);
    if (!type.includesVersioned()) {
      // Every package stored here is versioned: unversioned ones are refused at creation.
      return Page.last(List.of());
    }
    List<ModelPackage> packages = store.listPackages(new PackageQuery(groupName.orElse(null),
        request.modelApprovalStatus().orElse(null), request.nameContains().orElse(null),
        TimeBounds.after(request.creationTimeAfter()),
        TimeBounds.before(request.creationTimeBefore()), metadata, customerMetadata,
        request.sortBy(), request.sortOrder(), after, pageSize + 1));
    return PageTokens.page(packages, pageSize,
        last -> PageTokens.encode(scope, List.of(
            String.valueOf(last.creationTime().toEpochMilli()), last.modelPackageGroupName(),
            String.valueOf(last.modelPackageVersion()))))
        .map(Summaries::ofPackage);
  }

  /**
   * Returns the provenance filters as unambiguous text for a page token's scope: each value
   * prefixed with its length, so that no two different filters give the same text.
   */
  private static String provenanceScope(@Nullable MetadataProperties metadata,
      Map<String, String> customerMetadata) {
    StringBuilder text = new StringBuilder();
    if (metadata != null) {
      for (Optional<String> field : List.of(metadata.commitId(), metadata.repository(),
          metadata.generatedBy(), metadata.projectId())) {
        text.append(field.map(v -> v.length() + ":" + v).orElse("-")).append(';');
      }
    }
    text.append('|');
    new TreeMap<>(customerMetadata).forEach((key, value) -> text.append(key.length()).append(':')
        .append(key).append(value.length()).append(':').append(value));
    return text.toString();
  }
}
