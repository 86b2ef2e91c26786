package dev.modelregistry.core.internal;

import dev.modelregistry.api.Page;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.audit.AuditTrailRequest;
import dev.modelregistry.api.model.ModelPackageHistoryEntry;
import dev.modelregistry.core.spi.AuditQuery;
import dev.modelregistry.core.spi.RegistryStore;
import java.util.List;
import java.util.Locale;

/** Reads what the registry recorded about a group or package: its audit trail and history. */
final class GovernanceReads {
  private final RegistryContext context;
  private final RegistryStore store;
  private final Arns arns;

  GovernanceReads(RegistryContext context) {
    this.context = context;
    this.store = context.store();
    this.arns = context.arns();
  }

  Page<AuditRecord> auditTrail(AuditTrailRequest request) {
    Violations violations = new Violations();
    String resource = request.resource();
    String groupName;
    Integer version = null;
    boolean own;
    if (isPackageReference(resource)) {
      Arns.PackageRef ref = arns.packageRef(resource, "resource", violations);
      own = ref.isOwn();
      groupName = own ? ref.groupName() : "";
      version = ref.version();
    } else {
      Arns.GroupRef ref = arns.groupRef(resource, "resource", violations);
      own = ref.isOwn();
      groupName = ref.givenName();
    }
    int pageSize = PageTokens.pageSize(request.maxResults(), violations);
    violations.throwIfAny();
    if (!own) {
      // Another registry's resource has no records here, as a list filter on it matches nothing.
      return Page.last(List.of());
    }

    String scope = PageTokens.scope("audit", groupName.toLowerCase(Locale.ROOT), version);
    long after = PageTokens.decode(request.nextToken(), scope, 1)
        .map(parts -> PageTokens.position(parts.get(0), request.nextToken()))
        .orElse(0L);
    List<AuditRecord> records =
        store.listAudit(new AuditQuery(groupName, version, after, null, pageSize + 1));
    return PageTokens.page(records, pageSize,
        last -> PageTokens.encode(scope, List.of(String.valueOf(last.position()))));
  }

  List<ModelPackageHistoryEntry> history(String modelPackageArnOrGroupVersion) {
    Arns.PackageRef ref = context.packageRef(modelPackageArnOrGroupVersion, "modelPackageArn");
    return store.listHistory(ref.groupName(), ref.version());
  }

  /** A package is named by a package ARN or {@code group/version}; a group name has no slash. */
  private static boolean isPackageReference(String resource) {
    return resource.startsWith("arn:")
        ? resource.contains(":model-package/")
        : resource.indexOf('/') >= 0;
  }
}
