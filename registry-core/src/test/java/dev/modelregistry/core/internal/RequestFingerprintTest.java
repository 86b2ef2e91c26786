package dev.modelregistry.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.api.request.ImmutableCreateModelPackageRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {
  private static ImmutableCreateModelPackageRequest.Builder request() {
    return CreateModelPackageRequest.builder()
        .modelPackageGroupName("churn")
        .modelPackageDescription("weekly")
        .clientToken("t1");
  }

  @Test
  @DisplayName("a retry naming the group differently, with the default status spelled out, is the same request")
  void normalizesEquivalentRequests() {
    String first = RequestFingerprint.of(request().build(), "Churn");
    String retry = RequestFingerprint.of(request()
        .modelPackageGroupName("arn:aws:sagemaker:us-east-1:000000000000:model-package-group/CHURN")
        .modelApprovalStatus(ModelApprovalStatus.PENDING_MANUAL_APPROVAL)
        .clientToken("other-token")
        .build(), "churn");
    assertThat(retry).isEqualTo(first);
  }

  @Test
  @DisplayName("metadata in another insertion order is the same request; another value is not")
  void comparesMetadataByContent() {
    Map<String, String> ab = new LinkedHashMap<>();
    ab.put("a", "1");
    ab.put("b", "2");
    Map<String, String> ba = new LinkedHashMap<>();
    ba.put("b", "2");
    ba.put("a", "1");
    assertThat(RequestFingerprint.of(request().customerMetadataProperties(ab).build(), "churn"))
        .isEqualTo(RequestFingerprint.of(request().customerMetadataProperties(ba).build(), "churn"))
        .isNotEqualTo(RequestFingerprint.of(
            request().customerMetadataProperties(Map.of("a", "1", "b", "3")).build(), "churn"));
  }

  @Test
  @DisplayName("the fingerprint of a request is the one stored by earlier versions, so a retry after an upgrade is still the same request")
  void fingerprintIsStableAcrossVersions() {
    // Computed by the registry before ModelRegistryJson left empty collections out of documents:
    // stores keep fingerprints with client tokens, so the text they digest must not change.
    assertThat(RequestFingerprint.of(request().build(), "churn"))
        .isEqualTo("3cfdc1142c7cd80b1f762096ed8b88389f69eae770155a7454076b6315b72e92");
  }
}
