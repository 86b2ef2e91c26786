package dev.modelregistry.api;

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
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.api.request.ListModelPackageGroupsRequest;
import dev.modelregistry.api.request.ListModelPackagesRequest;
import dev.modelregistry.api.request.ListTagsRequest;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A model registry with the semantics of Amazon SageMaker Model Registry: groups of numbered
 * model packages, approval status, customer metadata, group tags and resource policies.
 *
 * <p>Every operation is atomic: it applies completely or, when it throws, not at all (no version
 * is consumed by a failed create). Implementations are thread-safe. Every exception is a
 * {@link ModelRegistryException}: {@link ValidationException} for bad input (listing every
 * violated field), {@link ResourceNotFoundException}, {@link ResourceAlreadyExistsException},
 * {@link ConflictException}, {@link LimitExceededException} and {@link StorageException}.
 *
 * <p>Groups are named by name or ARN wherever a group is expected; packages by ARN
 * ({@code arn:aws:sagemaker:us-east-1:000000000000:model-package/churn/3}) or as
 * {@code group/version} ({@code churn/3}).
 */
public interface ModelRegistry {

  /**
   * Creates a model package group, status {@code Completed}.
   *
   * @throws ValidationException if the name, description or a tag breaks a rule
   * @throws ResourceAlreadyExistsException if a group of that name exists, ignoring case
   */
  ModelPackageGroup createModelPackageGroup(CreateModelPackageGroupRequest request);

  /**
   * Returns a group (without its tags and policy).
   *
   * @throws ResourceNotFoundException if there is no such group
   */
  ModelPackageGroup describeModelPackageGroup(String groupNameOrArn);

  /**
   * Returns a page of groups, filtered and sorted as asked.
   *
   * @throws ValidationException if a filter is invalid, or the token is garbage or was issued for
   *     other filters
   */
  Page<ModelPackageGroupSummary> listModelPackageGroups(ListModelPackageGroupsRequest request);

  /**
   * Deletes a group with its tags and policy. A group created later under the same name starts
   * again at version 1.
   *
   * @throws ResourceNotFoundException if there is no such group
   * @throws ConflictException if the group still holds model packages
   */
  void deleteModelPackageGroup(String groupNameOrArn);

  /**
   * Registers a model package as the next version of its group: 1 for the first, then one more
   * than the highest ever assigned in the group (deleted versions are not reused). A retry with
   * the same client token and request returns the package of the first call.
   *
   * @throws ValidationException if a field breaks a rule, tags are given (packages cannot be
   *     tagged), or a {@code modelPackageName} is given (SageMaker refuses it with a group, and
   *     this registry stores versioned packages only)
   * @throws ResourceNotFoundException if the group does not exist
   * @throws ConflictException if the client token was used for a different request
   */
  ModelPackage createModelPackage(CreateModelPackageRequest request);

  /**
   * Registers up to 1,000 model packages of one group in one step, for bulk imports: all of them
   * as consecutive versions in list order, or none. Not a SageMaker operation; each package
   * follows the rules of {@link #createModelPackage}.
   *
   * <p>Every request is validated before anything is stored and every broken rule is reported at
   * once, its path prefixed with the request's index ({@code requests[3].modelPackageDescription}).
   * Each request must name the same group (by name in any case, or by ARN).
   *
   * <p>Client tokens work as for single registrations: a request whose token the group has seen
   * with the same request returns that earlier package in its place and takes no version (so a
   * retried batch returns the packages of the first call); the others still get consecutive
   * versions. A token may appear only once in a batch. Each new package gets its {@code Created}
   * history entry; after the batch is stored, every returned package is announced with a
   * {@code Created} event in request order (a replayed one again, with its first event's ID).
   *
   * @param groupNameOrArn the group
   * @param requests the packages to register, 1..1000
   * @return the packages, one per request, in request order
   * @throws ValidationException if the group reference or a request breaks a rule, a request
   *     names another group, a token repeats, or there are no or too many requests
   * @throws ResourceNotFoundException if the group does not exist
   * @throws ConflictException if a client token was used for a different request
   */
  List<ModelPackage> createModelPackages(
      String groupNameOrArn, List<CreateModelPackageRequest> requests);

  /**
   * Returns a model package as stored.
   *
   * @throws ResourceNotFoundException if there is no such package
   */
  ModelPackage describeModelPackage(String modelPackageArnOrGroupVersion);

  /**
   * Describes up to 100 packages at once: those found by ARN, and an error entry for each ARN
   * that names no package (partial success).
   *
   * @throws ValidationException if fewer than 1 or more than 100 ARNs are given
   */
  BatchDescribeModelPackageResult batchDescribeModelPackage(List<String> modelPackageArns);

  /**
   * Returns a page of package summaries, across all groups or within one. A group filter that
   * names no group of this registry (an unknown name, or another account's ARN) matches nothing.
   * Without a group, {@link ListModelPackagesRequest#modelPackageType()} applies with SageMaker's
   * default, unversioned packages, of which this registry has none: ask for
   * {@link dev.modelregistry.api.model.ModelPackageType#VERSIONED} to list across groups.
   *
   * @throws ValidationException if a filter is invalid, or the token is garbage or was issued for
   *     other filters
   */
  Page<ModelPackageSummary> listModelPackages(ListModelPackagesRequest request);

  /**
   * Updates a package: approval status and description, customer metadata (merged), additional
   * inference specifications (appended), inference specification, source URI, model card and
   * life-cycle stage. Every approval or life-cycle change is recorded in the package's history.
   *
   * @throws ValidationException if a field breaks a rule
   * @throws ResourceNotFoundException if there is no such package
   * @throws LimitExceededException if the result would hold more than 50 customer metadata
   *     entries or 15 additional inference specifications
   */
  ModelPackage updateModelPackage(UpdateModelPackageRequest request);

  /**
   * Deletes a package, its history and its client token. Its version is never handed out again.
   *
   * @throws ResourceNotFoundException if there is no such package
   */
  void deleteModelPackage(String modelPackageArnOrGroupVersion);

  /**
   * Adds tags to a group; an existing key gets the new value and keeps its place.
   *
   * @return all tags of the group after the change, in the order their keys were first added
   * @throws ValidationException if a tag breaks a rule, or the ARN names a model package
   * @throws ResourceNotFoundException if there is no such group
   * @throws LimitExceededException if the group would hold more than 50 tags
   */
  List<Tag> addTags(String resourceArn, List<Tag> tags);

  /**
   * Returns a page of a group's tags, in the order their keys were first added.
   *
   * @throws ResourceNotFoundException if there is no such group
   */
  Page<Tag> listTags(ListTagsRequest request);

  /**
   * Removes tags from a group by key; an absent key is not an error.
   *
   * @throws ResourceNotFoundException if there is no such group
   */
  void deleteTags(String resourceArn, List<String> tagKeys);

  /**
   * Sets a group's resource policy, replacing any previous one.
   *
   * @return the group's ARN
   * @throws ResourceNotFoundException if there is no such group
   */
  String putModelPackageGroupPolicy(String groupNameOrArn, String resourcePolicy);

  /**
   * Returns a group's resource policy.
   *
   * @throws ResourceNotFoundException if there is no such group, or it has no policy
   */
  String getModelPackageGroupPolicy(String groupNameOrArn);

  /**
   * Deletes a group's resource policy.
   *
   * @throws ResourceNotFoundException if there is no such group, or it has no policy
   */
  void deleteModelPackageGroupPolicy(String groupNameOrArn);

  /**
   * Returns the package with the highest version in a group, if the group holds any. Answered
   * without scanning the group.
   *
   * @throws ResourceNotFoundException if there is no such group
   */
  Optional<ModelPackage> findLatestModelPackage(String groupNameOrArn);

  /**
   * Returns the {@code Approved} package with the highest version in a group: what to deploy.
   * Answered without scanning the group.
   *
   * @throws ResourceNotFoundException if there is no such group
   */
  Optional<ModelPackage> findLatestApprovedModelPackage(String groupNameOrArn);

  /**
   * Returns a package's history, oldest first: its registration and every change of its approval
   * status or life-cycle stage, with who made it and when.
   *
   * @throws ResourceNotFoundException if there is no such package
   */
  List<ModelPackageHistoryEntry> getModelPackageHistory(String modelPackageArnOrGroupVersion);

  // ---- optimistic concurrency: the same writes, refused if the resource moved on ----

  /**
   * Deletes a group as {@link #deleteModelPackageGroup(String)} does, if it is still at the
   * revision the caller read.
   *
   * @throws RevisionConflictException if the group is at another revision
   */
  void deleteModelPackageGroup(String groupNameOrArn, long expectedRevision);

  /**
   * Deletes a package as {@link #deleteModelPackage(String)} does, if it is still at the revision
   * the caller read.
   *
   * @throws RevisionConflictException if the package is at another revision
   */
  void deleteModelPackage(String modelPackageArnOrGroupVersion, long expectedRevision);

  /**
   * Adds tags as {@link #addTags(String, List)} does, if the group is still at the revision the
   * caller read.
   *
   * @throws RevisionConflictException if the group is at another revision
   */
  List<Tag> addTags(String resourceArn, List<Tag> tags, long expectedRevision);

  /**
   * Removes tags as {@link #deleteTags(String, List)} does, if the group is still at the revision
   * the caller read.
   *
   * @throws RevisionConflictException if the group is at another revision
   */
  void deleteTags(String resourceArn, List<String> tagKeys, long expectedRevision);

  /**
   * Sets the policy as {@link #putModelPackageGroupPolicy(String, String)} does, if the group is
   * still at the revision the caller read.
   *
   * @throws RevisionConflictException if the group is at another revision
   */
  String putModelPackageGroupPolicy(String groupNameOrArn, String resourcePolicy,
      long expectedRevision);

  /**
   * Deletes the policy as {@link #deleteModelPackageGroupPolicy(String)} does, if the group is
   * still at the revision the caller read.
   *
   * @throws RevisionConflictException if the group is at another revision
   */
  void deleteModelPackageGroupPolicy(String groupNameOrArn, long expectedRevision);

  // ---- audit trail ----

  /**
   * Returns a page of the audit trail of a group (its own records and its packages') or of one
   * package, oldest first, denied approvals included. The trail outlives what it describes: the
   * records of a deleted package or group stay.
   *
   * @throws ValidationException if the resource reference, page size or token is invalid
   */
  Page<AuditRecord> getAuditTrail(AuditTrailRequest request);

  /**
   * Answers from the audit trail which version of a group was the latest {@code Approved} one at
   * a moment: the highest version that existed then with that status.
   *
   * <p>"At a moment T" means the state after the last change committed at or before T, in commit
   * order: the trail is replayed in position order up to the first record whose time is later
   * than T. A change committed after such a record counts only from that record's time on, even
   * if it carries an earlier time itself (a group created again reads its creation time before
   * it commits, so its record can carry a time before that of the deletion committed ahead of
   * it).
   *
   * <p>The answer is only as complete as the trail: {@link #pruneAuditLog(Instant)} removes the
   * history it replays, and after a prune the answer for any moment sees only the retained
   * records (a package whose records were all pruned did not exist for it, even at a moment after
   * the prune horizon).
   *
   * @return the version, or empty if the group held no approved package then (or did not exist)
   * @throws ValidationException if the group reference is invalid
   */
  Optional<Integer> findLatestApprovedVersionAt(String groupNameOrArn, Instant time);

  /**
   * Answers from the audit trail what a package's approval status was at a moment: the state
   * after the last change committed at or before it, in commit order, as for
   * {@link #findLatestApprovedVersionAt(String, Instant)}. Like it, sees only the records that
   * {@link #pruneAuditLog(Instant)} retained.
   *
   * @return the status, or empty if the package did not exist then
   * @throws ValidationException if the package reference is invalid
   */
  Optional<ModelApprovalStatus> findApprovalStatusAt(String modelPackageArnOrGroupVersion,
      Instant time);

  // ---- durable change feed ----

  /**
   * Returns the applied changes stored after a position, in commit order, at most
   * {@code maxRecords} of them: the registry's durable change feed. Start at 0. A consumer that
   * processes each record and then reads on after the last one's position sees every committed
   * change once its transaction is visible, none of an uncommitted one, and none twice except by
   * its own retries.
   *
   * @throws ValidationException if {@code afterPosition} is negative or {@code maxRecords} is not
   *     1..1000
   */
  List<AuditRecord> readChangeFeed(long afterPosition, int maxRecords);

  /**
   * Returns the position a named feed consumer saved, or 0 if it never saved one.
   *
   * @throws ValidationException if the name is not 1..256 printable characters
   */
  long getFeedPosition(String consumerName);

  /**
   * Saves a named feed consumer's position durably in the registry, so that it resumes there
   * after a restart.
   *
   * @throws ValidationException if the name is not 1..256 printable characters, or the position
   *     is negative
   */
  void saveFeedPosition(String consumerName, long position);

  /**
   * Deletes audit records (and so feed entries) older than a moment: the retention of the log.
   * Consumers behind the pruned positions miss those records. The point-in-time answers
   * ({@link #findLatestApprovedVersionAt(String, Instant)},
   * {@link #findApprovalStatusAt(String, Instant)}) replay this history, so after a prune they
   * see only the retained records, for any moment: a package whose records were all pruned (say,
   * one approved long ago and not changed since) is then absent from their answers.
   *
   * @return how many records were deleted
   */
  long pruneAuditLog(Instant olderThan);
}
