package dev.modelregistry.core.internal;

import dev.modelregistry.api.model.ModelPackageType;
import dev.modelregistry.api.request.ListModelPackagesRequest;

/**
 * Decides which kind of packages a listing asks for, with SageMaker's default: without a
 * {@code ModelPackageType}, a listing of a group lists its versions, and a listing without a
 * group lists unversioned packages. This registry stores versioned packages only.
 */
final class PackageTypes {
  private PackageTypes() {}

  /** Returns the type the listing asks for, the default made explicit. */
  static ModelPackageType effective(ListModelPackagesRequest request) {
    return request.modelPackageType().orElse(request.modelPackageGroupName().isPresent()
        ? ModelPackageType.VERSIONED
        : ModelPackageType.UNVERSIONED);
  }
}
