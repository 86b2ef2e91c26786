package dev.modelregistry.core.spi;

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
 * A store that passes every call to another one: extend it to decorate a store (count or time its
 * calls, add a check) by overriding only the methods concerned, as the JDBC store does to own
 * its pool. Every method, the default ones included, forwards unchanged.
 */
public abstract class ForwardingRegistryStore implements RegistryStore {
  /** For subclasses. */
  protected ForwardingRegistryStore() {}

  /** Returns the store that calls go to. */
  protected abstract RegistryStore delegate();

  @Override
  public void insertGroup(GroupRecord group, AuditRecord audit) {
    delegate().insertGroup(group, audit);
  }

  @Override
  public Optional<GroupRecord> findGroup(String groupName) {
    return delegate().findGroup(groupName);
  }

  @Override
  public GroupRecord updateGroup(String groupName, Function<GroupRecord, GroupWrite> change) {
    return delegate().updateGroup(groupName, change);
  }

  @Override
  public void deleteGroup(String groupName, Function<GroupRecord, AuditRecord> audit) {
    delegate().deleteGroup(groupName, audit);
  }

  @Override
  public List<ModelPackageGroup> listGroups(GroupQuery query) {
    return delegate().listGroups(query);
  }

  @Override
  public PackageInsertion insertPackage(
      String groupName, @Nullable ClientTokenClaim token, PackageFactory factory) {
    return delegate().insertPackage(groupName, token, factory);
  }

  @Override
  public List<PackageInsertion> insertPackages(String groupName, List<NewPackage> packages) {
    return delegate().insertPackages(groupName, packages);
  }

  @Override
  public Optional<ModelPackage> findPackage(String groupName, int version) {
    return delegate().findPackage(groupName, version);
  }

  @Override
  public @Nullable ModelPackage findPackageByArn(String arn) {
    return delegate().findPackageByArn(arn);
  }

  @Override
  public ModelPackage updatePackage(
      String groupName, int version, Function<ModelPackage, PackageWrite> change) {
    return delegate().updatePackage(groupName, version, change);
  }

  @Override
  public void deletePackage(
      String groupName, int version, Function<ModelPackage, AuditRecord> audit) {
    delegate().deletePackage(groupName, version, audit);
  }

  @Override
  public List<ModelPackage> listPackages(PackageQuery query) {
    return delegate().listPackages(query);
  }

  @Override
  public Optional<ModelPackage> findLatestPackage(
      String groupName, @Nullable ModelApprovalStatus approvalStatus) {
    return delegate().findLatestPackage(groupName, approvalStatus);
  }

  @Override
  public List<ModelPackageHistoryEntry> listHistory(String groupName, int version) {
    return delegate().listHistory(groupName, version);
  }

  @Override
  public AuditRecord appendAudit(AuditRecord record) {
    return delegate().appendAudit(record);
  }

  @Override
  public List<AuditRecord> listAudit(AuditQuery query) {
    return delegate().listAudit(query);
  }

  @Override
  public List<AuditRecord> readFeed(long afterPosition, int limit) {
    return delegate().readFeed(afterPosition, limit);
  }

  @Override
  public OptionalLong findFeedPosition(String consumerName) {
    return delegate().findFeedPosition(consumerName);
  }

  @Override
  public void saveFeedPosition(String consumerName, long position) {
    delegate().saveFeedPosition(consumerName, position);
  }

  @Override
  public long pruneAudit(Instant olderThan) {
    return delegate().pruneAudit(olderThan);
  }
}
