package dev.modelregistry.core.internal;

import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageGroup;
import dev.modelregistry.api.model.ModelPackageGroupSummary;
import dev.modelregistry.api.model.ModelPackageSummary;

/** Makes the summaries that list operations return from stored groups and packages. */
final class Summaries {
  private Summaries() {}

  static ModelPackageGroupSummary ofGroup(ModelPackageGroup group) {
    return ModelPackageGroupSummary.builder()
        .modelPackageGroupName(group.modelPackageGroupName())
        .modelPackageGroupArn(group.modelPackageGroupArn())
        .modelPackageGroupDescription(group.modelPackageGroupDescription())
        .creationTime(group.creationTime())
        .modelPackageGroupStatus(group.modelPackageGroupStatus())
        .build();
  }

  static ModelPackageSummary ofPackage(ModelPackage modelPackage) {
    return ModelPackageSummary.builder()
        .modelPackageName(modelPackage.modelPackageName())
        .modelPackageGroupName(modelPackage.modelPackageGroupName())
        .modelPackageVersion(modelPackage.modelPackageVersion())
        .modelPackageArn(modelPackage.modelPackageArn())
        .modelPackageDescription(modelPackage.modelPackageDescription())
        .creationTime(modelPackage.creationTime())
        .modelPackageStatus(modelPackage.modelPackageStatus())
        .modelApprovalStatus(modelPackage.modelApprovalStatus())
        .modelLifeCycle(modelPackage.modelLifeCycle())
        .build();
  }
}
