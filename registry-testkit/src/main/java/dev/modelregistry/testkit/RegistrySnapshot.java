package dev.modelregistry.testkit;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.ResourceNotFoundException;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageGroupSummary;
import dev.modelregistry.api.model.ModelPackageHistoryEntry;
import dev.modelregistry.api.model.ModelPackageStateChangeEvent;
import dev.modelregistry.api.model.ModelPackageSummary;
import dev.modelregistry.api.model.Tag;
import dev.modelregistry.api.request.ListModelPackageGroupsRequest;
import dev.modelregistry.api.request.ListTagsRequest;
import dev.modelregistry.testsupport.EventRecorder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a registry shows through its API, read through that API: groups, their tags and
 * policies, packages as described, their histories, the events emitted and the change feed (every
 * applied audit record). Two snapshots are equal when a caller could not tell the registries
 * apart, which is how the kit proves that a failed call changed nothing and recorded nothing.
 */
record RegistrySnapshot(
    List<ModelPackageGroupSummary> groups,
    Map<String, List<Tag>> tags,
    Map<String, Optional<String>> policies,
    List<ModelPackage> packages,
    Map<String, List<ModelPackageHistoryEntry>> histories,
    List<String> eventIds,
    List<AuditRecord> feed) {

  static RegistrySnapshot of(ModelRegistry registry, EventRecorder events) {
    List<ModelPackageGroupSummary> groups = Listing.allGroups(registry,
        ListModelPackageGroupsRequest.builder().build());
    Map<String, List<Tag>> tags = new LinkedHashMap<>();
    Map<String, Optional<String>> policies = new LinkedHashMap<>();
    for (ModelPackageGroupSummary group : groups) {
      tags.put(group.modelPackageGroupArn(), Listing.allTags(registry,
          ListTagsRequest.builder().resourceArn(group.modelPackageGroupArn()).build()));
      policies.put(group.modelPackageGroupArn(), policy(registry, group.modelPackageGroupName()));
    }
    List<ModelPackage> packages = new ArrayList<>();
    Map<String, List<ModelPackageHistoryEntry>> histories = new LinkedHashMap<>();
    for (ModelPackageSummary summary : Listing.allPackages(registry,
        Listing.acrossGroups().build())) {
      packages.add(registry.describeModelPackage(summary.modelPackageArn()));
      histories.put(summary.modelPackageArn(),
          registry.getModelPackageHistory(summary.modelPackageArn()));
    }
    List<String> eventIds = events.events().stream()
        .map(ModelPackageStateChangeEvent::eventId).toList();
    List<AuditRecord> feed = new ArrayList<>();
    for (List<AuditRecord> batch = registry.readChangeFeed(0, 1000); !batch.isEmpty();
        batch = registry.readChangeFeed(batch.get(batch.size() - 1).position(), 1000)) {
      feed.addAll(batch);
    }
    return new RegistrySnapshot(groups, tags, policies, packages, histories, eventIds, feed);
  }

  private static Optional<String> policy(ModelRegistry registry, String groupName) {
    try {
      return Optional.of(registry.getModelPackageGroupPolicy(groupName));
    } catch (ResourceNotFoundException none) {
      return Optional.empty();
    }
  }
}
