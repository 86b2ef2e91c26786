package dev.modelregistry.inmemory.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelregistry.api.Page;
import dev.modelregistry.api.ValidationException;
import dev.modelregistry.api.model.MetadataProperties;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackageSummary;
import dev.modelregistry.api.model.ModelPackageType;
import dev.modelregistry.api.model.SortBy;
import dev.modelregistry.api.model.SortOrder;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.api.request.ImmutableListModelPackagesRequest;
import dev.modelregistry.api.request.ListModelPackagesRequest;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Point-in-time answers replayed from the trail, and provenance filters on package lists. */
class PointInTimeAndProvenanceTest {
  private final Fixtures f = new Fixtures();

  private void setStatus(String arn, ModelApprovalStatus status) {
    f.registry.updateModelPackage(UpdateModelPackageRequest.builder().modelPackageArn(arn)
        .modelApprovalStatus(status).build());
  }

  private Instant tick() {
    return f.clock.advance(Duration.ofSeconds(10));
  }

  @Test
  @DisplayName("the latest approved version and a package's status at a moment follow updates, deletes and a recreated group")
  void pointInTime() {
    Instant beforeAll = Fixtures.T0.minusSeconds(1);
    f.group("churn");
    tick();
    f.registry.createModelPackage(CreateModelPackageRequest.builder()
        .modelPackageGroupName("churn").modelApprovalStatus(ModelApprovalStatus.APPROVED).build());
    Instant v1Approved = f.clock.instant();
    tick();
    f.register("churn");
    Instant v2Pending = f.clock.instant();
    tick();
    setStatus("churn/2", ModelApprovalStatus.APPROVED);
    Instant v2Approved = f.clock.instant();
    tick();
    setStatus("churn/2", ModelApprovalStatus.REJECTED);
    Instant v2Rejected = f.clock.instant();
    tick();
    f.registry.deleteModelPackage("churn/1");
    f.registry.deleteModelPackage("churn/2");
    f.registry.deleteModelPackageGroup("churn");
    Instant groupGone = f.clock.instant();
    tick();
    f.group("Churn");
    f.register("Churn");
    Instant recreated = tick();

    assertThat(f.registry.findLatestApprovedVersionAt("churn", beforeAll)).isEmpty();
    assertThat(f.registry.findLatestApprovedVersionAt("churn", v1Approved)).hasValue(1);
    assertThat(f.registry.findLatestApprovedVersionAt("churn", v2Pending)).hasValue(1);
    assertThat(f.registry.findLatestApprovedVersionAt("churn", v2Approved)).hasValue(2);
    assertThat(f.registry.findLatestApprovedVersionAt("CHURN", v2Approved.plusMillis(999)))
        .hasValue(2);
    assertThat(f.registry.findLatestApprovedVersionAt(
        Fixtures.ARN_PREFIX + "model-package-group/churn", v2Rejected)).hasValue(1);
    assertThat(f.registry.findLatestApprovedVersionAt("churn", groupGone)).isEmpty();
    assertThat(f.registry.findLatestApprovedVersionAt("churn", recreated)).isEmpty();

    assertThat(f.registry.findApprovalStatusAt("churn/2", v1Approved)).isEmpty();
    assertThat(f.registry.findApprovalStatusAt("churn/2", v2Pending))
        .hasValue(ModelApprovalStatus.PENDING_MANUAL_APPROVAL);
    assertThat(f.registry.findApprovalStatusAt("churn/2", v2Rejected))
        .hasValue(ModelApprovalStatus.REJECTED);
    assertThat(f.registry.findApprovalStatusAt("churn/1", v2Rejected))
        .hasValue(ModelApprovalStatus.APPROVED);
    assertThat(f.registry.findApprovalStatusAt("churn/1", groupGone)).isEmpty();
    // Version 1 of the recreated group is a different package: pending, not the old approved one.
    assertThat(f.registry.findApprovalStatusAt(
        Fixtures.ARN_PREFIX + "model-package/Churn/1", recreated))
        .hasValue(ModelApprovalStatus.PENDING_MANUAL_APPROVAL);

    assertThatThrownBy(() -> f.registry.findApprovalStatusAt("churn", recreated))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> f.registry.findLatestApprovedVersionAt("bad_name", recreated))
        .isInstanceOf(ValidationException.class);
  }

  private void registerWithProvenance(String group, String commit, String owner) {
    f.registry.createModelPackage(CreateModelPackageRequest.builder()
        .modelPackageGroupName(group)
        .metadataProperties(MetadataProperties.builder().commitId(commit)
            .repository("git@github.com:acme/churn.git").build())
        .customerMetadataProperties(Map.of("owner", owner, "dataset", "d-" + commit))
        .build());
    tick();
  }

  private List<String> all(ImmutableListModelPackagesRequest request) {
    List<String> arns = new ArrayList<>();
    Optional<String> token = Optional.empty();
    do {
      Page<ModelPackageSummary> page = f.registry.listModelPackages(request.withNextToken(token));
      assertThat(page.items().size()).isLessThanOrEqualTo(2);
      page.items().forEach(p -> arns.add(p.modelPackageGroupName() + "/" + p.modelPackageVersion()));
      token = page.nextToken();
    } while (token.isPresent());
    return arns;
  }

  @Test
  @DisplayName("provenance filters match exactly, combine with other filters, and page across all groups or in one")
  void provenanceFilters() {
    f.group("churn");
    f.group("fraud");
    registerWithProvenance("churn", "abc", "team-a");
    registerWithProvenance("fraud", "abc", "team-b");
    registerWithProvenance("churn", "def", "team-a");
    registerWithProvenance("churn", "abc", "team-a");
    registerWithProvenance("fraud", "abc", "team-a");
    f.register("churn");
    setStatus("churn/3", ModelApprovalStatus.APPROVED);

    MetadataProperties commitAbc = MetadataProperties.builder().commitId("abc").build();
    ImmutableListModelPackagesRequest byCommit = versioned()
        .metadataProperties(commitAbc).maxResults(2).build();
    assertThat(all(byCommit)).containsExactly("churn/1", "fraud/1", "churn/3", "fraud/2");
    assertThat(all(byCommit.withSortBy(SortBy.NAME).withSortOrder(SortOrder.DESCENDING)))
        .containsExactly("fraud/2", "fraud/1", "churn/3", "churn/1");
    assertThat(all(byCommit.withCustomerMetadataProperties(Map.of("owner", "team-a"))))
        .containsExactly("churn/1", "churn/3", "fraud/2");
    assertThat(all(byCommit.withModelPackageGroupName("fraud")))
        .containsExactly("fraud/1", "fraud/2");
    assertThat(all(byCommit.withModelApprovalStatus(ModelApprovalStatus.APPROVED)))
        .containsExactly("churn/3");
    assertThat(all(versioned().maxResults(2)
        .metadataProperties(MetadataProperties.builder().commitId("abc").repository("other").build())
        .build())).isEmpty();
    assertThat(all(versioned().maxResults(2)
        .customerMetadataProperties(Map.of("owner", "team-a", "dataset", "d-def")).build()))
        .containsExactly("churn/2");
    // Metadata properties that set no field are no filter: the package without provenance shows.
    assertThat(all(versioned().maxResults(2)
        .metadataProperties(MetadataProperties.builder().build()).modelPackageGroupName("churn")
        .build())).containsExactly("churn/1", "churn/2", "churn/3", "churn/4");
  }

  @Test
  @DisplayName("provenance filters are validated like a create's values and bound into the page token")
  void provenanceValidation() {
    f.group("churn");
    registerWithProvenance("churn", "abc", "team-a");
    registerWithProvenance("churn", "abc", "team-a");
    assertThatThrownBy(() -> f.registry.listModelPackages(versioned()
        .customerMetadataProperties(Map.of("bad key!", "v")).build()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting("path").containsExactly("customerMetadataProperties.key"));
    String tooLong = "x".repeat(1025);
    assertThatThrownBy(() -> f.registry.listModelPackages(versioned()
        .metadataProperties(MetadataProperties.builder().commitId(tooLong).build()).build()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting("path").containsExactly("metadataProperties.commitId"));

    ImmutableListModelPackagesRequest request = versioned().maxResults(1)
        .metadataProperties(MetadataProperties.builder().commitId("abc").build()).build();
    String token = f.registry.listModelPackages(request).nextToken().orElseThrow();
    assertThatThrownBy(() -> f.registry.listModelPackages(request
        .withMetadataProperties(MetadataProperties.builder().commitId("abd").build())
        .withNextToken(token)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting("path").containsExactly("nextToken"));
    assertThatThrownBy(() -> f.registry.listModelPackages(request
        .withCustomerMetadataProperties(Map.of("owner", "team-a")).withNextToken(token)))
        .isInstanceOf(ValidationException.class);
  }

  /** A listing across groups, which lists versioned packages only when asked to. */
  private static ImmutableListModelPackagesRequest.Builder versioned() {
    return ListModelPackagesRequest.builder().modelPackageType(ModelPackageType.VERSIONED);
  }
}
