package dev.modelregistry.core.internal;

import dev.modelregistry.api.ApprovalDeniedException;
import dev.modelregistry.api.FieldViolation;
import dev.modelregistry.api.LimitExceededException;
import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.ModelRegistryListener;
import dev.modelregistry.api.Page;
import dev.modelregistry.api.ResourceNotFoundException;
import dev.modelregistry.api.audit.AuditOperation;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.audit.AuditTrailRequest;
import dev.modelregistry.api.model.BatchDescribeModelPackageError;
import dev.modelregistry.api.model.BatchDescribeModelPackageResult;
import dev.modelregistry.api.model.ImmutableBatchDescribeModelPackageResult;
import dev.modelregistry.api.model.ImmutableModelPackageGroup;
import dev.modelregistry.api.model.MetadataProperties;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageChangeType;
import dev.modelregistry.api.model.ModelPackageGroup;
import dev.modelregistry.api.model.ModelPackageGroupStatus;
import dev.modelregistry.api.model.ModelPackageGroupSummary;
import dev.modelregistry.api.model.ModelPackageHistoryEntry;
import dev.modelregistry.api.model.ModelPackageStateChangeEvent;
import dev.modelregistry.api.model.ModelPackageStatus;
import dev.modelregistry.api.model.ModelPackageSummary;
import dev.modelregistry.api.model.ModelPackageType;
import dev.modelregistry.api.model.Tag;
import dev.modelregistry.api.model.UserContext;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.api.request.ListModelPackageGroupsRequest;
import dev.modelregistry.api.request.ListModelPackagesRequest;
import dev.modelregistry.api.request.ListTagsRequest;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import dev.modelregistry.core.ApprovalChange;
import dev.modelregistry.core.ApprovalPolicy;
import dev.modelregistry.core.ArnSettings;
import dev.modelregistry.core.spi.AuditQuery;
import dev.modelregistry.core.spi.ClientTokenClaim;
import dev.modelregistry.core.spi.GroupQuery;
import dev.modelregistry.core.spi.GroupRecord;
import dev.modelregistry.core.spi.GroupWrite;
import dev.modelregistry.core.spi.NewPackage;
import dev.modelregistry.core.spi.PackageInsertion;
import dev.modelregistry.core.spi.PackageQuery;
import dev.modelregistry.core.spi.PackageWrite;
import dev.modelregistry.core.spi.RegistryStore;
import dev.modelregistry.core.spi.StoreErrors;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The registry: validates each request completely, stamps the clock and the caller, and hands
 * the store one atomic step; tells listeners after the store committed.
 */
public final class DefaultModelRegistry implements ModelRegistry {
  private static final List<ModelPackageChangeType> CREATED =
      List.of(ModelPackageChangeType.CREATED);

  private final RegistryContext context;
  private final RegistryStore store;
  private final Arns arns;
  private final ApprovalPolicy approvalPolicy;
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
    this.approvalPolicy = Objects.requireNonNull(approvalPolicy, "approvalPolicy");
    this.store = Objects.requireNonNull(store, "store");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(caller, "caller");
    this.arns = new Arns(arnSettings);
    this.context = new RegistryContext(store, clock, caller, arns, new ListenerNotifier(listeners));
    this.packageReads = new PackageReads(context);
    this.packageListing = new PackageListing(context);
    this.packageChanges = new PackageChanges(context, approvalPolicy);
    this.groups = new PackageGroups(context);
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
  public ModelPackage createModelPackage(CreateModelPackageRequest given) {
    CreateModelPackageRequest request = RequestSnapshots.of(given);
    Violations violations = new Violations();
    Arns.GroupRef groupRef =
        arns.groupRef(request.modelPackageGroupName(), "modelPackageGroupName", violations);
    CreateRequestRules.validate(request, violations);
    violations.throwIfAny();

    // The store resolves the group (any case) and hands the factory its stored name: one step.
    String groupName = groupRef.name();
    UserContext creator = context.caller();
    ClientTokenClaim token = tokenClaim(request, groupName);
    AtomicReference<AuditRecord> denied = new AtomicReference<>();
    PackageInsertion insertion;
    try {
      insertion = store.insertPackage(groupName, token,
          // The clock is read inside the store's step (under the group's lock or row lock), so
          // that creation times rise with versions and keyset pages by time cannot skip a package.
          (storedName, version) ->
              newPackage(request, storedName, version, context.now(), creator, denied));
    } catch (ApprovalDeniedException e) {
      throw context.recordDenial(e, denied.get());
    }
    if (!insertion.created()) {
      checkSameRequest(token, insertion);
    }
    // Also on a replay: the first call may have stored the package and then failed before its
    // listeners heard of it (a commit whose acknowledgement was lost); delivery is at least once.
    ModelPackage created = insertion.modelPackage();
    context.publish(created, CREATED, created.creationTime());
    return created;
  }

  @Override
  public List<ModelPackage> createModelPackages(
      String groupNameOrArn, List<CreateModelPackageRequest> requests) {
    Violations violations = new Violations();
    Arns.GroupRef groupRef = arns.groupRef(groupNameOrArn, "modelPackageGroupName", violations);
    // Each request must name the batch's group; checked only against a valid name of ours.
    String groupKey = violations.isEmpty() && groupRef.isOwn()
        ? groupRef.givenName().toLowerCase(Locale.ROOT)
        : null;
    violations.count("requests", requests.size(), 1, FieldRules.MAX_BATCH_CREATE);
    Map<String, Integer> tokens = new HashMap<>();
    for (int i = 0; i < requests.size(); i++) {
      CreateModelPackageRequest request = requests.get(i);
      String at = "requests[" + i + "].";
      Violations own = new Violations();
      Arns.GroupRef ref =
          arns.groupRef(request.modelPackageGroupName(), "modelPackageGroupName", own);
      if (own.isEmpty() && groupKey != null && (!ref.isOwn()
          || !ref.givenName().toLowerCase(Locale.ROOT).equals(groupKey))) {
        own.add("modelPackageGroupName", request.modelPackageGroupName(),
            "must name the batch's group '" + groupNameOrArn + "'");
      }
      CreateRequestRules.validate(request, own);
      Optional<String> token = request.clientToken();
      if (token.isPresent()) {
        Integer first = tokens.putIfAbsent(token.get(), i);
        if (first != null) {
          own.add("clientToken", token.get(),
              "repeats requests[" + first + "].clientToken; a token may appear once per batch");
        }
      }
      violations.addAll(at, own);
    }
    violations.throwIfAny();

    String groupName = groupRef.name();
    UserContext creator = context.caller();
    List<NewPackage> packages = new ArrayList<>(requests.size());
    List<ClientTokenClaim> claims = new ArrayList<>(requests.size());
    AtomicReference<AuditRecord> denied = new AtomicReference<>();
    for (CreateModelPackageRequest request : requests) {
      ClientTokenClaim token = tokenClaim(request, groupName);
      claims.add(token);
      packages.add(new NewPackage(token, (storedName, version) ->
          newPackage(request, storedName, version, context.now(), creator, denied)));
    }
    List<PackageInsertion> insertions;
    try {
      insertions = store.insertPackages(groupName, packages);
    } catch (ApprovalDeniedException e) {
      throw context.recordDenial(e, denied.get());
    }
    List<ModelPackage> result = new ArrayList<>(insertions.size());
    for (int i = 0; i < insertions.size(); i++) {
      PackageInsertion insertion = insertions.get(i);
      if (!insertion.created()) {
        checkSameRequest(claims.get(i), insertion);
      }
      result.add(insertion.modelPackage());
    }
    // Replays too, as for a single create: delivery is at least once, with stable event IDs.
    for (PackageInsertion insertion : insertions) {
      ModelPackage created = insertion.modelPackage();
      context.publish(created, CREATED, created.creationTime());
    }
    return List.copyOf(result);
  }

  private static @Nullable ClientTokenClaim tokenClaim(CreateModelPackageRequest request,
      String groupName) {
    return request.clientToken()
        .map(t -> new ClientTokenClaim(t, RequestFingerprint.of(request, groupName)))
        .orElse(null);
  }

  /** Throws if the package found by a client token was created by a different request. */
  private static void checkSameRequest(@Nullable ClientTokenClaim token,
      PackageInsertion insertion) {
    if (token != null && !insertion.existingFingerprint().orElseThrow()
        .equals(token.requestFingerprint())) {
      ModelPackage existing = insertion.modelPackage();
      throw StoreErrors.clientTokenConflict(token.token(), existing.modelPackageGroupName(),
          existing.modelPackageArn());
    }
  }

  /**
   * Builds a new package inside the store's step, asking the approval policy when the
   * registration sets a status other than pending or a life-cycle stage.
   *
   * @param denied where a refusal leaves its DENIED record
   */
  private PackageWrite newPackage(CreateModelPackageRequest request, String groupName,
      int version, Instant now, UserContext creator, AtomicReference<AuditRecord> denied) {
    ModelApprovalStatus status =
        request.modelApprovalStatus().orElse(ModelApprovalStatus.PENDING_MANUAL_APPROVAL);
    String arn = arns.modelPackage(groupName, version);
    ModelPackage modelPackage = ModelPackage.builder()
        .modelPackageGroupName(groupName)
        .modelPackageName(groupName)
        .modelPackageVersion(version)
        .modelPackageArn(arn)
        .modelPackageDescription(request.modelPackageDescription())
        .creationTime(now)
        .inferenceSpecification(request.inferenceSpecification())
        .modelPackageStatus(ModelPackageStatus.COMPLETED)
        .modelApprovalStatus(status)
        .createdBy(creator)
        .metadataProperties(request.metadataProperties())
        .modelMetrics(request.modelMetrics())
        .approvalDescription(request.approvalDescription())
        .driftCheckBaselines(request.driftCheckBaselines())
        .domain(request.domain())
        .task(request.task())
        .samplePayloadUrl(request.samplePayloadUrl())
        .customerMetadataProperties(request.customerMetadataProperties().orElse(Map.of()))
        .additionalInferenceSpecifications(request.additionalInferenceSpecifications())
        .sourceUri(request.sourceUri())
        .securityConfig(request.securityConfig())
        .modelCard(request.modelCard())
        .modelLifeCycle(request.modelLifeCycle())
        .skipModelValidation(request.skipModelValidation())
        .build();
    ModelPackageHistoryEntry created = ModelPackageHistoryEntry.builder()
        .modelPackageArn(arn)
        .changeType(ModelPackageChangeType.CREATED)
        .changeTime(now)
        .changedBy(creator)
        .toApprovalStatus(status)
        .toLifeCycle(request.modelLifeCycle())
        .description(request.approvalDescription())
        .build();
    if (status != ModelApprovalStatus.PENDING_MANUAL_APPROVAL
        || request.modelLifeCycle().isPresent()) {
      Optional<String> reason = approvalPolicy.denialReason(new ApprovalChange(creator,
          modelPackage, true, ModelApprovalStatus.PENDING_MANUAL_APPROVAL,
          status == ModelApprovalStatus.PENDING_MANUAL_APPROVAL ? null : status,
          request.modelLifeCycle().orElse(null)));
      if (reason.isPresent()) {
        denied.set(AuditRecords.deniedRegistration(modelPackage, arns.group(groupName),
            reason.get(), creator));
        throw new ApprovalDeniedException("The approval policy refused the registration of a"
            + " package in '" + groupName + "': " + reason.get(), reason.get());
      }
    }
    return new PackageWrite(modelPackage, List.of(created),
        AuditRecords.createPackage(modelPackage, creator));
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

  @Override
  public List<ModelPackageHistoryEntry> getModelPackageHistory(
      String modelPackageArnOrGroupVersion) {
    return governance.history(modelPackageArnOrGroupVersion);
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
