package dev.modelregistry.core.internal;

import dev.modelregistry.api.model.BatchDescribeModelPackageError;
import dev.modelregistry.api.model.BatchDescribeModelPackageResult;
import dev.modelregistry.api.model.ImmutableBatchDescribeModelPackageResult;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.core.spi.RegistryStore;
import dev.modelregistry.core.spi.StoreErrors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads model packages by reference: one, a batch, or a group's latest (approved) one. */
final class PackageReads {
  private final RegistryContext context;
  private final RegistryStore store;
  private final Arns arns;

  PackageReads(RegistryContext context) {
    this.context = context;
    this.store = context.store();
    this.arns = context.arns();
  }

  ModelPackage describe(String modelPackageArnOrGroupVersion) {
    // A stored ARN is one this registry built, so an exact match needs no parsing or checks.
    ModelPackage byArn = store.findPackageByArn(modelPackageArnOrGroupVersion);
    if (byArn != null) {
      return byArn;
    }
    String groupName;
    int version;
    long key = arns.ownPackageKey(modelPackageArnOrGroupVersion);
    if (key >= 0) {
      groupName = arns.ownGroupName(modelPackageArnOrGroupVersion, key);
      version = (int) key;
    } else {
      Arns.PackageRef ref = context.packageRef(modelPackageArnOrGroupVersion, "modelPackageArn");
      groupName = ref.groupName();
      version = ref.version();
    }
    Optional<ModelPackage> found = store.findPackage(groupName, version);
    if (found.isEmpty()) {
      throw StoreErrors.packageNotFound(groupName, version);
    }
    return found.get();
  }

  BatchDescribeModelPackageResult describeAll(List<String> modelPackageArns) {
    Violations violations = new Violations()
        .count("modelPackageArns", modelPackageArns.size(), 1, FieldRules.MAX_BATCH_DESCRIBE);
    List<Arns.PackageRef> refs = new ArrayList<>();
    for (int i = 0; i < modelPackageArns.size(); i++) {
      refs.add(arns.packageRef(modelPackageArns.get(i), "modelPackageArns[" + i + "]", violations));
    }
    violations.throwIfAny();

    Map<String, ModelPackage> found = new LinkedHashMap<>();
    Map<String, BatchDescribeModelPackageError> errors = new LinkedHashMap<>();
    for (int i = 0; i < refs.size(); i++) {
      String arn = modelPackageArns.get(i);
      Arns.PackageRef ref = refs.get(i);
      Optional<ModelPackage> modelPackage = ref.isOwn()
          ? store.findPackage(ref.groupName(), ref.version())
          : Optional.empty();
      if (modelPackage.isPresent()) {
        found.put(arn, modelPackage.get());
      } else {
        errors.put(arn, BatchDescribeModelPackageError.builder()
            .errorCode("ResourceNotFound")
            .errorResponse("Model package '" + arn + "' does not exist.")
            .build());
      }
    }
    return ImmutableBatchDescribeModelPackageResult.builder()
        .modelPackages(found)
        .errors(errors)
        .build();
  }

  /**
   * Returns a group's package of the highest version.
   *
   * @param status the approval status the package must have, or {@code null} for any
   */
  Optional<ModelPackage> latest(String groupNameOrArn, @Nullable ModelApprovalStatus status) {
    return store.findLatestPackage(
        context.groupName(groupNameOrArn, "modelPackageGroupName"), status);
  }
}
