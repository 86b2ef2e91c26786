package dev.modelregistry.core.internal;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.ModelRegistryListener;
import dev.modelregistry.api.Page;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.audit.AuditTrailRequest;
import dev.modelregistry.api.model.BatchDescribeModelPackageResult;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageGroup;
import dev.modelregistry.api.model.ModelPackageGroupSummary;
import dev.modelregistry.api.model.ModelPackageHistoryEntry;
import dev.modelregistry.api.model.ModelPackageSummary;
import dev.modelregistry.api.model.Tag;
import dev.modelregistry.api.model.UserContext;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.api.request.ListModelPackageGroupsRequest;
import dev.modelregistry.api.request.ListModelPackagesRequest;
import dev.modelregistry.api.request.ListTagsRequest;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import dev.modelregistry.core.ApprovalPolicy;
import dev.modelregistry.core.ArnSettings;
import dev.modelregistry.core.spi.RegistryStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The registry's entry point: hands each operation to the collaborator whose one job it is. Each
 * validates a request completely, stamps the clock and the caller, hands the store one atomic
 * step, and tells listeners after the store committed.
 */
public final class DefaultModelRegistry implements ModelRegistry {
  private final PackageRegistration registration;
  private final PackageReads packageReads;
  private final PackageListing packageListing;
  private final PackageChanges packageChanges;
  private final PackageGroups groups;
  private final GroupTags groupTags;
  private final GroupPolicies groupPolicies;
  private final GovernanceReads governance;
  private final PointInTimeReads pointInTime;
  private final ChangeFeed changeFeed;

  public DefaultModelRegistry(RegistryStore store, Clock clock, Supplier<UserContext> caller,
      ArnSettings arnSettings, ApprovalPolicy approvalPolicy,
      List<ModelRegistryListener> listeners) {
    Objects.requireNonNull(approvalPolicy, "approvalPolicy");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(caller, "caller");
    RegistryContext context = new RegistryContext(store, clock, caller, new Arns(arnSettings),
        new ListenerNotifier(listeners));
    this.registration =
        new PackageRegistration(context, new NewPackageFactory(context, approvalPolicy));
    this.packageReads = new PackageReads(context);
    this.packageListing = new PackageListing(context);
    this.packageChanges = new PackageChanges(context, approvalPolicy);
    this.groups = new PackageGroups(context);
    // Tags and the resource policy are changed the same way: one GroupChanges serves both.
    GroupChanges groupChanges = new GroupChanges(context);
    this.groupTags = new GroupTags(context, groupChanges);
    this.groupPolicies = new GroupPolicies(context, groupChanges);
    this.governance = new GovernanceReads(context);
    this.pointInTime = new PointInTimeReads(context);
    this.changeFeed = new ChangeFeed(context);
  }

  // ---- groups ----

  @Override
  public ModelPackageGroup createModelPackageGroup(CreateModelPackageGroupRequest request) {
    return groups.create(request);
  }

  @Override
  public ModelPackageGroup describeModelPackageGroup(String groupNameOrArn) {
    return groups.describe(groupNameOrArn);
  }

  @Override
  public Page<ModelPackageGroupSummary> listModelPackageGroups(
      ListModelPackageGroupsRequest request) {
    return groups.list(request);
  }

  @Override
  public void deleteModelPackageGroup(String groupNameOrArn) {
    groups.delete(groupNameOrArn, null);
  }

  @Override
  public void deleteModelPackageGroup(String groupNameOrArn, long expectedRevision) {
    groups.delete(groupNameOrArn, expectedRevision);
  }

  // ---- packages ----

  @Override
  public ModelPackage createModelPackage(CreateModelPackageRequest request) {
    return registration.create(request);
  }

  @Override
  public List<ModelPackage> createModelPackages(
      String groupNameOrArn, List<CreateModelPackageRequest> requests) {
    return registration.createAll(groupNameOrArn, requests);
  }

  @Override
  public ModelPackage describeModelPackage(String modelPackageArnOrGroupVersion) {
    return packageReads.describe(modelPackageArnOrGroupVersion);
  }

  @Override
  public BatchDescribeModelPackageResult batchDescribeModelPackage(List<String> modelPackageArns) {
    return packageReads.describeAll(modelPackageArns);
  }

  @Override
  public Page<ModelPackageSummary> listModelPackages(ListModelPackagesRequest request) {
    return packageListing.list(request);
  }

  @Override
  public ModelPackage updateModelPackage(UpdateModelPackageRequest request) {
    return packageChanges.update(request);
  }

  @Override
  public void deleteModelPackage(String modelPackageArnOrGroupVersion) {
    packageChanges.delete(modelPackageArnOrGroupVersion, null);
  }

  @Override
  public void deleteModelPackage(String modelPackageArnOrGroupVersion, long expectedRevision) {
    packageChanges.delete(modelPackageArnOrGroupVersion, expectedRevision);
  }

  @Override
  public Optional<ModelPackage> findLatestModelPackage(String groupNameOrArn) {
    return packageReads.latest(groupNameOrArn, null);
  }

  @Override
  public Optional<ModelPackage> findLatestApprovedModelPackage(String groupNameOrArn) {
    return packageReads.latest(groupNameOrArn, ModelApprovalStatus.APPROVED);
  }

  // ---- group settings ----

  @Override
  public List<Tag> addTags(String resourceArn, List<Tag> tags) {
    return groupTags.add(resourceArn, tags, null);
  }

  @Override
  public List<Tag> addTags(String resourceArn, List<Tag> tags, long expectedRevision) {
    return groupTags.add(resourceArn, tags, expectedRevision);
  }

  @Override
  public Page<Tag> listTags(ListTagsRequest request) {
    return groupTags.list(request);
  }

  @Override
  public void deleteTags(String resourceArn, List<String> tagKeys) {
    groupTags.delete(resourceArn, tagKeys, null);
  }

  @Override
  public void deleteTags(String resourceArn, List<String> tagKeys, long expectedRevision) {
    groupTags.delete(resourceArn, tagKeys, expectedRevision);
  }

  @Override
  public String putModelPackageGroupPolicy(String groupNameOrArn, String resourcePolicy) {
    return groupPolicies.put(groupNameOrArn, resourcePolicy, null);
  }

  @Override
  public String putModelPackageGroupPolicy(String groupNameOrArn, String resourcePolicy,
      long expectedRevision) {
    return groupPolicies.put(groupNameOrArn, resourcePolicy, expectedRevision);
  }

  @Override
  public String getModelPackageGroupPolicy(String groupNameOrArn) {
    return groupPolicies.get(groupNameOrArn);
  }

  @Override
  public void deleteModelPackageGroupPolicy(String groupNameOrArn) {
    groupPolicies.delete(groupNameOrArn, null);
  }

  @Override
  public void deleteModelPackageGroupPolicy(String groupNameOrArn, long expectedRevision) {
    groupPolicies.delete(groupNameOrArn, expectedRevision);
  }

  // ---- governance ----

  @Override
  public List<ModelPackageHistoryEntry> getModelPackageHistory(
      String modelPackageArnOrGroupVersion) {
    return governance.history(modelPackageArnOrGroupVersion);
  }

  @Override
  public Page<AuditRecord> getAuditTrail(AuditTrailRequest request) {
    return governance.auditTrail(request);
  }

  @Override
  public Optional<Integer> findLatestApprovedVersionAt(String groupNameOrArn, Instant time) {
    return pointInTime.latestApprovedVersionAt(groupNameOrArn, time);
  }

  @Override
  public Optional<ModelApprovalStatus> findApprovalStatusAt(String modelPackageArnOrGroupVersion,
      Instant time) {
    return pointInTime.approvalStatusAt(modelPackageArnOrGroupVersion, time);
  }

  // ---- durable change feed ----

  @Override
  public List<AuditRecord> readChangeFeed(long afterPosition, int maxRecords) {
    return changeFeed.read(afterPosition, maxRecords);
  }

  @Override
  public long getFeedPosition(String consumerName) {
    return changeFeed.position(consumerName);
  }

  @Override
  public void saveFeedPosition(String consumerName, long position) {
    changeFeed.savePosition(consumerName, position);
  }

  @Override
  public long pruneAuditLog(Instant olderThan) {
    return changeFeed.prune(olderThan);
  }
}
