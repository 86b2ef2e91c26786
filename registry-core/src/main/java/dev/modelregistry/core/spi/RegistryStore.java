package dev.modelregistry.core.spi;

import dev.modelregistry.api.ConflictException;
import dev.modelregistry.api.ResourceAlreadyExistsException;
import dev.modelregistry.api.ResourceNotFoundException;
import dev.modelregistry.api.StorageException;
import dev.modelregistry.api.audit.AuditOutcome;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageGroup;
import dev.modelregistry.api.model.ModelPackageHistoryEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Where the registry keeps its groups and packages. Every method is one atomic step: it applies
 * completely or not at all, and it is safe to call from many threads (and, for shared backends,
 * from many processes) at once.
 *
 * <p>The registry validates every request before calling a store and builds every value it
 * stores; a store does not validate. Group names are matched ignoring case (they are ASCII).
 * Functions passed in ({@code factory}, {@code change}) are pure: a store may call them more than
 * once (e.g. when it retries a transaction) and calls them while it holds locks, so they must be
 * quick and have no side effects. An exception they throw aborts the step with nothing changed
 * and reaches the caller unchanged.
 *
 * <p>Errors: {@link ResourceNotFoundException}, {@link ResourceAlreadyExistsException} and
 * {@link ConflictException} built with {@link StoreErrors}, so that every backend says the same;
 * {@link StorageException} for failures of the storage itself, with the cause.
 */
public interface RegistryStore {

  /**
   * Stores a new group with its tags and no policy, and appends its audit record; its version
   * counter starts at 0.
   *
   * @throws ResourceAlreadyExistsException if a group of that name exists, ignoring case
   *     ({@link StoreErrors#groupAlreadyExists})
   */
  void insertGroup(GroupRecord group, AuditRecord audit);

  /** Returns the group of that name, ignoring case. */
  Optional<GroupRecord> findGroup(String groupName);

  /**
   * Stores what {@code change} makes of the current record, and appends the write's audit
   * record, atomically with respect to other changes of that group. Only the revision, tags and
   * policy differ from the current record (the core's change keeps the name and creation time;
   * the store need not check). If the change is {@linkplain GroupWrite#unchanged unchanged},
   * nothing is written.
   *
   * @return the record as stored after the change
   * @throws ResourceNotFoundException if there is no such group
   */
  GroupRecord updateGroup(String groupName, Function<GroupRecord, GroupWrite> change);

  /**
   * Deletes a group with its tags, policy and version counter, and appends the audit record that
   * {@code audit} makes of the current record. {@code audit} may throw (a revision conflict) to
   * abort the delete.
   *
   * @throws ResourceNotFoundException if there is no such group
   * @throws ConflictException if the group holds packages ({@link StoreErrors#groupNotEmpty})
   */
  void deleteGroup(String groupName, Function<GroupRecord, AuditRecord> audit);

  /** Returns up to {@code query.limit()} groups in the query's order, after its cursor. */
  List<ModelPackageGroup> listGroups(GroupQuery query);

  /**
   * Registers a package as the next version of its group, atomically: allocates the version
   * (one more than the highest ever allocated in the group, even if that package was deleted),
   * asks {@code factory} for the package, its history entries and audit record, and stores them
   * (the audit record appended to the log). The factory
   * gets the group's stored name, so the caller need not read the group first.
   *
   * <p>With a client token: if the group already holds a package created with that token, nothing
   * is allocated or stored and the existing package is returned with the fingerprint stored
   * with it. Two callers racing with one token get one package.
   *
   * <p>If the factory throws, or storing fails, no version is consumed.
   *
   * @param groupName the group, in any case
   * @param token the client token and request fingerprint, or {@code null}
   * @throws ResourceNotFoundException if the group does not exist
   */
  PackageInsertion insertPackage(
      String groupName, @Nullable ClientTokenClaim token, PackageFactory factory);

  /**
   * Registers several packages of one group in one atomic step, as consecutive versions in list
   * order: allocates all their versions at once, builds each with its factory and stores them
   * with their history entries; all of them or, if anything fails, none (and no version is
   * consumed).
   *
   * <p>Client tokens (distinct within the list; the caller checks that): a package whose token
   * the group has seen with the same request fingerprint is not stored again, and the earlier
   * package is returned in its place ({@link PackageInsertion#existing}); only the others get
   * versions, still consecutive. For each package found by its token, the store calls
   * {@link ClientTokenClaim#requireSameRequest} with the stored fingerprint before it stores
   * anything, so that the core's rule can abort the whole batch.
   *
   * @param groupName the group, in any case
   * @param packages the packages, at least one
   * @return one insertion per package, in list order
   * @throws ResourceNotFoundException if the group does not exist
   * @throws ConflictException if a token was used for a different request
   */
  List<PackageInsertion> insertPackages(String groupName, List<NewPackage> packages);

  /** Returns the package with that version in the group (name ignoring case). */
  Optional<ModelPackage> findPackage(String groupName, int version);

  /**
   * An optional fast path for describe: returns the package whose stored ARN is exactly
   * {@code arn} (same case), or {@code null} when the store keeps no index by ARN or has no such
   * package. The registry then parses the reference and calls {@link #findPackage}, so a store
   * without such an index need not override this. A package returned here must be exactly what
   * {@link #findPackage} would return for its group and version at that moment.
   */
  default @Nullable ModelPackage findPackageByArn(String arn) {
    return null;
  }

  /**
   * Applies {@code change} to the current package and stores the result with the history entries
   * and audit record it returns, atomically with respect to other changes of that package. If the
   * change is {@linkplain PackageWrite#unchanged unchanged}, nothing is written.
   *
   * @return the package as stored after the change
   * @throws ResourceNotFoundException if there is no such package
   */
  ModelPackage updatePackage(
      String groupName, int version, Function<ModelPackage, PackageWrite> change);

  /**
   * Deletes a package with its history and client token, and appends the audit record that
   * {@code audit} makes of the current package. {@code audit} may throw (a revision conflict) to
   * abort the delete. Its version stays allocated.
   *
   * @throws ResourceNotFoundException if there is no such package
   */
  void deletePackage(String groupName, int version, Function<ModelPackage, AuditRecord> audit);

  /** Returns up to {@code query.limit()} packages in the query's order, after its cursor. */
  List<ModelPackage> listPackages(PackageQuery query);

  /**
   * Returns the package with the highest version in the group, among those with the given
   * approval status if one is given. Must not scan the group.
   *
   * @throws ResourceNotFoundException if the group does not exist
   */
  Optional<ModelPackage> findLatestPackage(
      String groupName, @Nullable ModelApprovalStatus approvalStatus);

  /**
   * Returns a package's history, in the order it was written.
   *
   * @throws ResourceNotFoundException if there is no such package
   */
  List<ModelPackageHistoryEntry> listHistory(String groupName, int version);

  // ---- the log: audit trail and change feed ----

  /**
   * Appends an audit record on its own, atomically: for a write that was refused (a denied
   * approval), which changed nothing else.
   *
   * @return the record as stored, with its position
   */
  AuditRecord appendAudit(AuditRecord record);

  /**
   * Returns audit records of a group or package, denied ones included, in position order after
   * the query's position.
   */
  List<AuditRecord> listAudit(AuditQuery query);

  /**
   * Returns up to {@code limit} {@linkplain AuditOutcome#APPLIED applied} records with positions
   * above {@code afterPosition}, in position order.
   *
   * <p>Positions must rise in commit order across the whole store (all groups, all processes
   * sharing it): once a record at position {@code p} can be read, no record committed later may
   * get a position at or below {@code p}, and every record at or below {@code p} that will ever
   * be readable already is. A store that allocates positions before commit must hold records back
   * until the positions below them are settled.
   */
  List<AuditRecord> readFeed(long afterPosition, int limit);

  /** Returns the position a feed consumer saved, if it saved one. */
  OptionalLong findFeedPosition(String consumerName);

  /** Saves a feed consumer's position durably, replacing the one it saved before. */
  void saveFeedPosition(String consumerName, long position);

  /**
   * Deletes the audit records whose time is before {@code olderThan}.
   *
   * @return how many were deleted
   */
  long pruneAudit(Instant olderThan);
}
