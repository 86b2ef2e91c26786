package dev.modelregistry.core.internal;

import dev.modelregistry.api.request.CreateModelPackageRequest;
import java.util.Set;

/** The field rules of a create-package request (everything but the group reference). */
final class CreateRequestRules {
  private CreateRequestRules() {}

  static void validate(CreateModelPackageRequest request, Violations violations) {
    // SageMaker's answer to both names, in its words; a registry of versioned packages has no use
    // for the name of an unversioned one either.
    request.modelPackageName().ifPresent(name -> violations.add("modelPackageName", name,
        "cannot be given with modelPackageGroupName: Both ModelPackageName and"
            + " ModelPackageGroupName cannot be specified. This registry stores versioned model"
            + " packages only: give ModelPackageGroupName alone"));
    PackageFieldsValidator fields = new PackageFieldsValidator(violations);
    violations
        .check("modelPackageDescription", request.modelPackageDescription(), FieldRules.DESCRIPTION)
        .check("approvalDescription", request.approvalDescription(), FieldRules.DESCRIPTION)
        .check("samplePayloadUrl", request.samplePayloadUrl(), FieldRules.URI)
        .check("sourceUri", request.sourceUri(), FieldRules.SOURCE_URI)
        .check("clientToken", request.clientToken(), FieldRules.CLIENT_TOKEN);
    request.inferenceSpecification()
        .ifPresent(spec -> fields.inferenceSpecification("inferenceSpecification", spec));
    request.metadataProperties()
        .ifPresent(metadata -> fields.metadataProperties("metadataProperties", metadata));
    request.modelMetrics().ifPresent(metrics -> fields.modelMetrics("modelMetrics", metrics));
    request.driftCheckBaselines()
        .ifPresent(baselines -> fields.driftCheckBaselines("driftCheckBaselines", baselines));
    request.customerMetadataProperties()
        .ifPresent(entries -> fields.customerMetadata("customerMetadataProperties", entries));
    fields.additionalSpecifications("additionalInferenceSpecifications",
        request.additionalInferenceSpecifications(), Set.of());
    request.securityConfig().ifPresent(config -> fields.securityConfig("securityConfig", config));
    request.modelCard().ifPresent(card -> fields.modelCard("modelCard", card));
    request.modelLifeCycle().ifPresent(cycle -> fields.modelLifeCycle("modelLifeCycle", cycle));
    if (!request.tags().isEmpty()) {
      violations.add("tags", String.valueOf(request.tags().size()),
          "must be empty: model packages cannot be tagged; tag the model package group instead,"
              + " or record the values as customer metadata properties of the package");
    }
  }
}
