package dev.modelregistry.core.internal;

import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.api.request.ImmutableCreateModelPackageRequest;
import dev.modelregistry.api.request.ImmutableUpdateModelPackageRequest;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Copies the one part of a request that its builder does not copy: a customer metadata map given
 * as {@code Optional<Map>} is kept by reference. The registry validates and stores the copy, so a
 * caller changing its map during the call cannot slip an unvalidated entry past the rules.
 * Null keys and values are kept, for the validator to report.
 */
final class RequestSnapshots {
  private RequestSnapshots() {}

  static CreateModelPackageRequest of(CreateModelPackageRequest request) {
    Optional<Map<String, String>> metadata = request.customerMetadataProperties();
    return metadata.isEmpty()
        ? request
        : ImmutableCreateModelPackageRequest.copyOf(request)
            .withCustomerMetadataProperties(copy(metadata.get()));
  }

  static UpdateModelPackageRequest of(UpdateModelPackageRequest request) {
    Optional<Map<String, String>> metadata = request.customerMetadataProperties();
    return metadata.isEmpty()
        ? request
        : ImmutableUpdateModelPackageRequest.copyOf(request)
            .withCustomerMetadataProperties(copy(metadata.get()));
  }

  private static Map<String, String> copy(Map<String, String> entries) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }
}
