package dev.modelregistry.core.internal;

import dev.modelregistry.api.request.UpdateModelPackageRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The field rules of an update request (everything but the package reference). Rules that depend
 * on the stored package (limits of the result, name clashes) are checked when it is applied.
 */
final class UpdateRequestRules {
  private UpdateRequestRules() {}

  static void validate(UpdateModelPackageRequest request, Violations violations) {
    PackageFieldsValidator fields = new PackageFieldsValidator(violations);
    violations
        .check("approvalDescription", request.approvalDescription(), FieldRules.DESCRIPTION)
        .check("sourceUri", request.sourceUri(), FieldRules.SOURCE_URI)
        .check("clientToken", request.clientToken(), FieldRules.CLIENT_TOKEN);
    request.customerMetadataProperties()
        .ifPresent(entries -> fields.customerMetadata("customerMetadataProperties", entries));
    List<String> toRemove = request.customerMetadataPropertiesToRemove();
    violations.count("customerMetadataPropertiesToRemove", toRemove.size(), 0,
        FieldRules.MAX_CUSTOMER_METADATA);
    Map<String, String> toSet = request.customerMetadataProperties().orElse(Map.of());
    for (int i = 0; i < toRemove.size(); i++) {
      String path = "customerMetadataPropertiesToRemove[" + i + "]";
      violations.check(path, toRemove.get(i), FieldRules.CUSTOMER_METADATA_KEY);
      if (toSet.containsKey(toRemove.get(i))) {
        violations.add(path, toRemove.get(i),
            "is also set in customerMetadataProperties; a key cannot be set and removed at once");
      }
    }
    fields.additionalSpecifications("additionalInferenceSpecificationsToAdd",
        request.additionalInferenceSpecificationsToAdd(), Set.of());
    request.inferenceSpecification()
        .ifPresent(spec -> fields.inferenceSpecification("inferenceSpecification", spec));
    request.modelCard().ifPresent(card -> fields.modelCard("modelCard", card));
    request.modelLifeCycle().ifPresent(cycle -> fields.modelLifeCycle("modelLifeCycle", cycle));
    RevisionChecks.validate(request.expectedRevision().orElse(null), violations);
  }
}
