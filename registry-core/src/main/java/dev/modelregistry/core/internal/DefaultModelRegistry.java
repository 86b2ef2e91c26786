package dev.modelregistry.core.internal;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.ModelRegistryListener;
import dev.modelregistry.api.Page;
import dev.modelregistry.api.model.BatchDescribeModelPackageResult;
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
import dev.modelregistry.core.ArnSettings;
import dev.modelregistry.core.spi.RegistryStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** WORK IN PROGRESS skeleton: replaced by the real implementation in the next commit. */
public final class DefaultModelRegistry implements ModelRegistry {
  public DefaultModelRegistry(RegistryStore store, Clock clock, Supplier<UserContext> caller,
      ArnSettings arns, List<ModelRegistryListener> listeners) {
  }

  private static RuntimeException wip() {
    return new IllegalStateException("work in progress");
  }

  @Override public ModelPackageGroup createModelPackageGroup(CreateModelPackageGroupRequest r) { throw wip(); }
  @Override public ModelPackageGroup describeModelPackageGroup(String g) { throw wip(); }
  @Override public Page<ModelPackageGroupSummary> listModelPackageGroups(ListModelPackageGroupsRequest r) { throw wip(); }
  @Override public void deleteModelPackageGroup(String g) { throw wip(); }
  @Override public ModelPackage createModelPackage(CreateModelPackageRequest r) { throw wip(); }
  @Override public ModelPackage describeModelPackage(String p) { throw wip(); }
  @Override public BatchDescribeModelPackageResult batchDescribeModelPackage(List<String> a) { throw wip(); }
  @Override public Page<ModelPackageSummary> listModelPackages(ListModelPackagesRequest r) { throw wip(); }
  @Override public ModelPackage updateModelPackage(UpdateModelPackageRequest r) { throw wip(); }
  @Override public void deleteModelPackage(String p) { throw wip(); }
  @Override public List<Tag> addTags(String a, List<Tag> t) { throw wip(); }
  @Override public Page<Tag> listTags(ListTagsRequest r) { throw wip(); }
  @Override public void deleteTags(String a, List<String> k) { throw wip(); }
  @Override public String putModelPackageGroupPolicy(String g, String p) { throw wip(); }
  @Override public String getModelPackageGroupPolicy(String g) { throw wip(); }
  @Override public void deleteModelPackageGroupPolicy(String g) { throw wip(); }
  @Override public Optional<ModelPackage> findLatestModelPackage(String g) { throw wip(); }
  @Override public Optional<ModelPackage> findLatestApprovedModelPackage(String g) { throw wip(); }
  @Override public List<ModelPackageHistoryEntry> getModelPackageHistory(String p) { throw wip(); }
}
