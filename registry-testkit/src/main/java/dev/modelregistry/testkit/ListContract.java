package dev.modelregistry.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.Page;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageGroup;
import dev.modelregistry.api.model.ModelPackageGroupSummary;
import dev.modelregistry.api.model.ModelPackageSummary;
import dev.modelregistry.api.model.ModelPackageType;
import dev.modelregistry.api.model.SortBy;
import dev.modelregistry.api.model.SortOrder;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.api.request.ListModelPackageGroupsRequest;
import dev.modelregistry.api.request.ListModelPackagesRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Listing groups and packages: both sort keys in both orders with their tie-breakers, and every
 * filter (name part ignoring case and taken literally, group, approval status, strict time
 * bounds). Paging is {@link PagingContract}'s.
 */
public abstract class ListContract extends ContractSupport {

  @Test
  @DisplayName("groups come oldest first by default; groups created at the same instant by name")
  void groupsByCreationTime() {
    createGroups("delta", "bravo");
    tick();
    createGroups("alpha");
    tick();
    createGroups("charlie");

    assertThat(groupNames(ListModelPackageGroupsRequest.builder().build()))
        .containsExactly("bravo", "delta", "alpha", "charlie");
    assertThat(groupNames(ListModelPackageGroupsRequest.builder()
        .sortBy(SortBy.CREATION_TIME).sortOrder(SortOrder.ASCENDING).build()))
        .containsExactly("bravo", "delta", "alpha", "charlie");
  }

  @Test
  @DisplayName("groups newest first reverse the whole key, ties included")
  void groupsByCreationTimeDescending() {
    createGroups("delta", "bravo");
    tick();
    createGroups("alpha");

    assertThat(groupNames(ListModelPackageGroupsRequest.builder()
        .sortOrder(SortOrder.DESCENDING).build()))
        .containsExactly("alpha", "delta", "bravo");
  }

  @Test
  @DisplayName("groups sorted by name compare names case-sensitively, in both orders")
  void groupsByName() {
    createGroups("beta");
    tick();
    createGroups("Zeta", "alpha");
    tick();
    createGroups("Alpha-2");

    assertThat(groupNames(ListModelPackageGroupsRequest.builder().sortBy(SortBy.NAME).build()))
        .containsExactly("Alpha-2", "Zeta", "alpha", "beta");
    assertThat(groupNames(ListModelPackageGroupsRequest.builder().sortBy(SortBy.NAME)
        .sortOrder(SortOrder.DESCENDING).build()))
        .containsExactly("beta", "alpha", "Zeta", "Alpha-2");
  }

  @Test
  @DisplayName("a group summary shows what describe shows")
  void groupSummaryMatchesDescribe() {
    ModelPackageGroup group = registry().createModelPackageGroup(
        CreateModelPackageGroupRequest.builder().modelPackageGroupName("Churn")
            .modelPackageGroupDescription("churn models").build());

    ModelPackageGroupSummary summary =
        allGroups(ListModelPackageGroupsRequest.builder().build()).get(0);

    assertThat(summary.modelPackageGroupName()).isEqualTo(group.modelPackageGroupName());
    assertThat(summary.modelPackageGroupArn()).isEqualTo(group.modelPackageGroupArn());
    assertThat(summary.modelPackageGroupDescription()).isEqualTo(group.modelPackageGroupDescription());
    assertThat(summary.creationTime()).isEqualTo(group.creationTime());
    assertThat(summary.modelPackageGroupStatus()).isEqualTo(group.modelPackageGroupStatus());
  }

  @Test
  @DisplayName("nameContains keeps groups whose name contains the text, ignoring case")
  void groupsByNamePart() {
    createGroups("churn-eu", "Churn-US", "fraud", "CHURN");

    assertThat(groupNames(ListModelPackageGroupsRequest.builder().nameContains("churn")
        .sortBy(SortBy.NAME).build()))
        .containsExactly("CHURN", "Churn-US", "churn-eu");
    assertThat(groupNames(ListModelPackageGroupsRequest.builder().nameContains("HURN-")
        .sortBy(SortBy.NAME).build()))
        .containsExactly("Churn-US", "churn-eu");
  }

  @Test
  @DisplayName("nameContains takes % and _ as plain characters, not as wildcards")
  void groupNamePartIsLiteral() {
    createGroups("a1b", "ab", "churn");

    for (String literal : List.of("%", "_", "a_b", "a%", "%b")) {
      assertThat(groupNames(ListModelPackageGroupsRequest.builder().nameContains(literal).build()))
          .as("nameContains %s", literal).isEmpty();
    }
  }

  @Test
  @DisplayName("creationTimeAfter and creationTimeBefore are strict bounds for groups")
  void groupsByStrictTimeBounds() {
    Instant t0 = clock().instant();
    createGroups("g0");
    Instant t1 = tick();
    createGroups("g1");
    Instant t2 = tick();
    createGroups("g2");

    assertThat(groupNames(between(t1, null))).containsExactly("g2");
    assertThat(groupNames(between(null, t1))).containsExactly("g0");
    assertThat(groupNames(between(t0, t2))).containsExactly("g1");
    assertThat(groupNames(between(t1.minusMillis(1), null))).containsExactly("g1", "g2");
    assertThat(groupNames(between(t2, null))).isEmpty();
    assertThat(groupNames(ListModelPackageGroupsRequest.builder().nameContains("G2")
        .creationTimeAfter(t0).build())).containsExactly("g2");
  }

  @Test
  @DisplayName("a nameContains that is empty or holds a control character is a validation error")
  void invalidGroupNamePart() {
    for (String part : List.of("", "a\nb", "tab\t")) {
      Rejections.invalid(() -> registry().listModelPackageGroups(
          ListModelPackageGroupsRequest.builder().nameContains(part).build()), "nameContains");
      Rejections.invalid(() -> registry().listModelPackages(
          Listing.acrossGroups().nameContains(part).build()), "nameContains");
    }
  }

  @Test
  @DisplayName("packages of every group come oldest first by default; ties by group name, then version")
  void packagesByCreationTime() {
    createGroups("fraud", "churn", "alpha");
    register("fraud");
    register("churn");
    register("churn");
    tick();
    register("alpha");

    assertThat(refs(Listing.acrossGroups().build()))
        .containsExactly("churn/1", "churn/2", "fraud/1", "alpha/1");
    assertThat(refs(Listing.acrossGroups().sortOrder(SortOrder.DESCENDING).build()))
        .containsExactly("alpha/1", "fraud/1", "churn/2", "churn/1");
  }

  @Test
  @DisplayName("ModelPackageType as in SageMaker: without a group the default lists unversioned packages, of which a registry of versions has none; Versioned and Both list every group's versions; a group's listing lists its versions")
  void packageTypes() {
    createGroups("churn", "fraud");
    register("churn");
    tick();
    register("fraud");

    Page<ModelPackageSummary> byDefault =
        registry().listModelPackages(ListModelPackagesRequest.builder().build());
    assertThat(byDefault.items()).isEmpty();
    assertThat(byDefault.nextToken()).isEmpty();
    assertThat(refs(ListModelPackagesRequest.builder()
        .modelPackageType(ModelPackageType.UNVERSIONED).build())).isEmpty();
    assertThat(refs(ListModelPackagesRequest.builder()
        .modelPackageType(ModelPackageType.VERSIONED).build())).containsExactly("churn/1", "fraud/1");
    assertThat(refs(ListModelPackagesRequest.builder()
        .modelPackageType(ModelPackageType.BOTH).build())).containsExactly("churn/1", "fraud/1");
    assertThat(refs(ListModelPackagesRequest.builder().modelPackageGroupName("churn").build()))
        .containsExactly("churn/1");
    assertThat(refs(ListModelPackagesRequest.builder().modelPackageGroupName("churn")
        .modelPackageType(ModelPackageType.BOTH).build())).containsExactly("churn/1");
    assertThat(refs(ListModelPackagesRequest.builder().modelPackageGroupName("churn")
        .modelPackageType(ModelPackageType.UNVERSIONED).build())).isEmpty();
  }

  @Test
  @DisplayName("a page token of one ModelPackageType is refused with another")
  void pageTokenKeepsItsPackageType() {
    createGroups("churn");
    register("churn");
    register("churn");
    String token = registry().listModelPackages(Listing.acrossGroups().maxResults(1).build())
        .nextToken().orElseThrow();

    for (ModelPackageType other : List.of(ModelPackageType.BOTH, ModelPackageType.UNVERSIONED)) {
      Rejections.invalid(() -> registry().listModelPackages(ListModelPackagesRequest.builder()
          .modelPackageType(other).nextToken(token).build()), "nextToken");
    }
  }

  @Test
  @DisplayName("packages sorted by name go by group name (case-sensitively), then version, in both orders")
  void packagesByName() {
    createGroups("beta", "Zeta", "alpha");
    for (String group : List.of("beta", "alpha", "Zeta", "alpha", "beta", "Zeta")) {
      register(group);
      tick();
    }

    assertThat(refs(Listing.acrossGroups().sortBy(SortBy.NAME).build()))
        .containsExactly("Zeta/1", "Zeta/2", "alpha/1", "alpha/2", "beta/1", "beta/2");
    assertThat(refs(Listing.acrossGroups().sortBy(SortBy.NAME)
        .sortOrder(SortOrder.DESCENDING).build()))
        .containsExactly("beta/2", "beta/1", "alpha/2", "alpha/1", "Zeta/2", "Zeta/1");
  }

  @Test
  @DisplayName("the group filter names the group in any case or by ARN; an unknown group or a foreign ARN matches nothing")
  void packagesOfOneGroup() {
    createGroups("Churn", "fraud");
    register("Churn");
    register("fraud");
    register("Churn");

    for (String reference : List.of("Churn", "churn", groupArn("Churn"), groupArn("CHURN"))) {
      assertThat(refs(ListModelPackagesRequest.builder().modelPackageGroupName(reference).build()))
          .as(reference).containsExactly("Churn/1", "Churn/2");
    }
    Page<ModelPackageSummary> unknown = registry().listModelPackages(
        ListModelPackagesRequest.builder().modelPackageGroupName("unknown").build());
    assertThat(unknown.items()).isEmpty();
    assertThat(unknown.nextToken()).isEmpty();
    assertThat(registry().listModelPackages(ListModelPackagesRequest.builder()
        .modelPackageGroupName(FOREIGN_ARN_PREFIX + "model-package-group/Churn").build()).items())
        .as("another account's ARN of a group that exists here").isEmpty();
    Rejections.invalid(() -> registry().listModelPackages(
        ListModelPackagesRequest.builder().modelPackageGroupName("bad_name").build()),
        "modelPackageGroupName");
  }

  @Test
  @DisplayName("the approval status filter keeps packages with that status only")
  void packagesByApprovalStatus() {
    createGroups("churn", "fraud");
    register(approvedIn("churn"));
    register("churn");
    register(approvedIn("fraud"));
    register(Fixtures.minimalPackage("fraud")
        .modelApprovalStatus(ModelApprovalStatus.REJECTED).build());

    assertThat(refs(byStatus(ModelApprovalStatus.APPROVED))).containsExactly("churn/1", "fraud/1");
    assertThat(refs(byStatus(ModelApprovalStatus.REJECTED))).containsExactly("fraud/2");
    assertThat(refs(byStatus(ModelApprovalStatus.PENDING_MANUAL_APPROVAL)))
        .containsExactly("churn/2");
    assertThat(refs(ListModelPackagesRequest.builder().modelPackageGroupName("churn")
        .modelApprovalStatus(ModelApprovalStatus.APPROVED).build())).containsExactly("churn/1");
  }

  @Test
  @DisplayName("nameContains keeps packages whose name (their group's name) contains the text, ignoring case, literally")
  void packagesByNamePart() {
    createGroups("churn-eu", "Fraud", "a1b");
    register("churn-eu");
    register("Fraud");
    register("a1b");

    assertThat(refs(Listing.acrossGroups().nameContains("RAU").build()))
        .containsExactly("Fraud/1");
    assertThat(refs(Listing.acrossGroups().nameContains("-EU").build()))
        .containsExactly("churn-eu/1");
    assertThat(refs(Listing.acrossGroups().nameContains("a_b").build())).isEmpty();
    assertThat(refs(Listing.acrossGroups().nameContains("%").build())).isEmpty();
  }

  @Test
  @DisplayName("creationTimeAfter and creationTimeBefore are strict bounds for packages")
  void packagesByStrictTimeBounds() {
    createGroups("churn");
    Instant t0 = clock().instant();
    register("churn");
    Instant t1 = tick();
    register("churn");
    Instant t2 = tick();
    register("churn");

    assertThat(refs(Listing.acrossGroups().creationTimeAfter(t1).build()))
        .containsExactly("churn/3");
    assertThat(refs(Listing.acrossGroups().creationTimeBefore(t1).build()))
        .containsExactly("churn/1");
    assertThat(refs(Listing.acrossGroups().creationTimeAfter(t0)
        .creationTimeBefore(t2).build())).containsExactly("churn/2");
    assertThat(refs(Listing.acrossGroups()
        .creationTimeAfter(t2.minus(Duration.ofMillis(1))).build())).containsExactly("churn/3");
  }

  @Test
  @DisplayName("time bounds finer than a millisecond mean the same on every backend")
  void subMillisecondBounds() {
    createGroups("churn");
    Instant created = clock().instant();
    register("churn");

    assertThat(refs(Listing.acrossGroups()
        .creationTimeBefore(created.plusNanos(400)).build())).containsExactly("churn/1");
    assertThat(refs(Listing.acrossGroups()
        .creationTimeAfter(created.minusNanos(1)).build())).containsExactly("churn/1");
    assertThat(refs(Listing.acrossGroups()
        .creationTimeAfter(created.plusNanos(400)).build())).isEmpty();
    assertThat(registry().listModelPackageGroups(ListModelPackageGroupsRequest.builder()
        .creationTimeBefore(created.plusNanos(400)).build()).items()).hasSize(1);
    assertThat(refs(Listing.acrossGroups()
        .creationTimeAfter(Instant.MIN).creationTimeBefore(Instant.MAX).build()))
        .as("bounds beyond what any backend stores").containsExactly("churn/1");
  }

  @Test
  @DisplayName("a package summary shows what describe shows")
  void packageSummaryMatchesDescribe() {
    createGroups("churn");
    ModelPackage full = register(Fixtures.fullPackage("churn").build());

    ModelPackageSummary summary = allPackages(Listing.acrossGroups().build()).get(0);

    assertThat(summary.modelPackageArn()).isEqualTo(full.modelPackageArn());
    assertThat(summary.modelPackageName()).isEqualTo(full.modelPackageName()).isEqualTo("churn");
    assertThat(summary.modelPackageGroupName()).isEqualTo("churn");
    assertThat(summary.modelPackageVersion()).isEqualTo(1);
    assertThat(summary.modelPackageDescription()).isEqualTo(full.modelPackageDescription());
    assertThat(summary.creationTime()).isEqualTo(full.creationTime());
    assertThat(summary.modelPackageStatus()).isEqualTo(full.modelPackageStatus());
    assertThat(summary.modelApprovalStatus()).isEqualTo(full.modelApprovalStatus());
    assertThat(summary.modelLifeCycle()).isEqualTo(full.modelLifeCycle()).isPresent();
  }

  private void createGroups(String... names) {
    for (String name : names) {
      createGroup(name);
    }
  }

  private List<String> groupNames(ListModelPackageGroupsRequest request) {
    return allGroups(request).stream().map(ModelPackageGroupSummary::modelPackageGroupName).toList();
  }

  private List<String> refs(ListModelPackagesRequest request) {
    return allPackages(request).stream()
        .map(p -> p.modelPackageGroupName() + "/" + p.modelPackageVersion()).toList();
  }

  private static ListModelPackageGroupsRequest between(
      @Nullable Instant after,
      @Nullable Instant before) {
    return ListModelPackageGroupsRequest.builder()
        .creationTimeAfter(Optional.ofNullable(after))
        .creationTimeBefore(Optional.ofNullable(before))
        .build();
  }

  private static ListModelPackagesRequest byStatus(ModelApprovalStatus status) {
    return Listing.acrossGroups().modelApprovalStatus(status).build();
  }

  private static CreateModelPackageRequest approvedIn(String group) {
    return Fixtures.minimalPackage(group).modelApprovalStatus(ModelApprovalStatus.APPROVED).build();
  }
}
