package dev.modelregistry.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.Page;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackageGroupSummary;
import dev.modelregistry.api.model.ModelPackageSummary;
import dev.modelregistry.api.model.SortBy;
import dev.modelregistry.api.model.SortOrder;
import dev.modelregistry.api.model.Tag;
import dev.modelregistry.api.request.ImmutableListModelPackageGroupsRequest;
import dev.modelregistry.api.request.ImmutableListModelPackagesRequest;
import dev.modelregistry.api.request.ImmutableListTagsRequest;
import dev.modelregistry.api.request.ListModelPackageGroupsRequest;
import dev.modelregistry.api.request.ListModelPackagesRequest;
import dev.modelregistry.api.request.ListTagsRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Paging: pages of {@code maxResults} whose concatenation is the whole list in every order, no
 * token on the last page, tokens bound to the filters and sort they were issued for, garbage
 * tokens rejected, and keyset pages that neither skip nor repeat while the list changes.
 */
public abstract class PagingContract extends ContractSupport {

  static Stream<Arguments> sortings() {
    return Stream.of(SortBy.values()).flatMap(by -> Stream.of(SortOrder.values())
        .map(order -> Arguments.of(by, order)));
  }

  @ParameterizedTest(name = "sorted by {0}, {1}")
  @MethodSource("sortings")
  @DisplayName("groups come in pages of maxResults that together are the whole list, the last without a token")
  void pagesThroughGroups(SortBy sortBy, SortOrder sortOrder) {
    for (String name : List.of("g", "c", "a", "e", "b", "f", "d")) {
      createGroup(name);
      if (name.equals("a") || name.equals("f")) {
        tick();
      }
    }
    ListModelPackageGroupsRequest request = ListModelPackageGroupsRequest.builder()
        .sortBy(sortBy).sortOrder(sortOrder).maxResults(3).build();

    List<Page<ModelPackageGroupSummary>> pages = Listing.pages(token -> registry()
        .listModelPackageGroups(ImmutableListModelPackageGroupsRequest.copyOf(request)
            .withNextToken(token)));

    assertThat(pages).extracting(page -> page.items().size()).containsExactly(3, 3, 1);
    assertThat(pages.get(2).nextToken()).isEmpty();
    assertThat(concat(pages)).isEqualTo(registry().listModelPackageGroups(
        ImmutableListModelPackageGroupsRequest.copyOf(request).withMaxResults(100)).items());
  }

  @ParameterizedTest(name = "sorted by {0}, {1}")
  @MethodSource("sortings")
  @DisplayName("packages come in pages of maxResults that together are the whole list, the last without a token")
  void pagesThroughPackages(SortBy sortBy, SortOrder sortOrder) {
    createGroup("churn");
    createGroup("Fraud");
    for (int i = 0; i < 5; i++) {
      register("churn");
      register("Fraud");
      if (i % 2 == 0) {
        tick();
      }
    }
    ListModelPackagesRequest request = Listing.acrossGroups()
        .sortBy(sortBy).sortOrder(sortOrder).maxResults(4).build();

    List<Page<ModelPackageSummary>> pages = Listing.pages(token -> registry()
        .listModelPackages(ImmutableListModelPackagesRequest.copyOf(request).withNextToken(token)));

    assertThat(pages).extracting(page -> page.items().size()).containsExactly(4, 4, 2);
    assertThat(concat(pages)).isEqualTo(registry().listModelPackages(
        ImmutableListModelPackagesRequest.copyOf(request).withMaxResults(100)).items());
  }

  @Test
  @DisplayName("a page that ends exactly at the end of the list is the last: no token, no empty page after it")
  void fullLastPageHasNoToken() {
    createGroup("churn");
    for (int i = 0; i < 6; i++) {
      register("churn");
    }

    Page<ModelPackageSummary> first = registry().listModelPackages(
        Listing.acrossGroups().maxResults(3).build());
    Page<ModelPackageSummary> second = registry().listModelPackages(
        Listing.acrossGroups().maxResults(3).nextToken(first.nextToken().orElseThrow())
            .build());
    Page<ModelPackageGroupSummary> onlyGroup = registry().listModelPackageGroups(
        ListModelPackageGroupsRequest.builder().maxResults(1).build());

    assertThat(second.items()).hasSize(3);
    assertThat(second.nextToken()).isEmpty();
    assertThat(onlyGroup.items()).hasSize(1);
    assertThat(onlyGroup.nextToken()).isEmpty();
  }

  @Test
  @DisplayName("filters hold on every page")
  void filtersHoldAcrossPages() {
    createGroup("churn");
    for (int i = 0; i < 7; i++) {
      register(Fixtures.minimalPackage("churn").modelApprovalStatus(i % 2 == 0
          ? ModelApprovalStatus.APPROVED : ModelApprovalStatus.REJECTED).build());
    }

    List<ModelPackageSummary> approved = allPackages(Listing.acrossGroups()
        .modelApprovalStatus(ModelApprovalStatus.APPROVED).maxResults(2).build());

    assertThat(approved).extracting(ModelPackageSummary::modelPackageVersion)
        .containsExactly(1, 3, 5, 7);
  }

  @Test
  @DisplayName("a token may be used with another maxResults: it is bound to filters and sort only")
  void tokenWithOtherPageSize() {
    createGroup("churn");
    for (int i = 0; i < 6; i++) {
      register("churn");
    }

    Page<ModelPackageSummary> first = registry().listModelPackages(
        Listing.acrossGroups().maxResults(2).build());
    Page<ModelPackageSummary> rest = registry().listModelPackages(Listing.acrossGroups()
        .maxResults(10).nextToken(first.nextToken().orElseThrow()).build());

    assertThat(rest.items()).extracting(ModelPackageSummary::modelPackageVersion)
        .containsExactly(3, 4, 5, 6);
    assertThat(rest.nextToken()).isEmpty();
  }

  @Test
  @DisplayName("a group token reused with another filter or sort is a validation error naming nextToken")
  void groupTokenBoundToFilters() {
    for (String name : List.of("a", "b", "c")) {
      createGroup(name);
    }
    ListModelPackageGroupsRequest request = ListModelPackageGroupsRequest.builder().maxResults(1)
        .build();
    String token = registry().listModelPackageGroups(request).nextToken().orElseThrow();
    ImmutableListModelPackageGroupsRequest next =
        ImmutableListModelPackageGroupsRequest.copyOf(request).withNextToken(token);

    for (ListModelPackageGroupsRequest changed : List.of(next.withSortBy(SortBy.NAME),
        next.withSortOrder(SortOrder.DESCENDING), next.withNameContains("a"),
        next.withCreationTimeAfter(KitContext.START.minusSeconds(1)),
        next.withCreationTimeBefore(KitContext.START.plusSeconds(1)))) {
      Rejections.invalid(() -> registry().listModelPackageGroups(changed), "nextToken");
    }
  }

  @Test
  @DisplayName("a package token reused with another filter or sort is a validation error naming nextToken")
  void packageTokenBoundToFilters() {
    createGroup("churn");
    createGroup("fraud");
    for (int i = 0; i < 3; i++) {
      register("churn");
    }
    ListModelPackagesRequest request = ListModelPackagesRequest.builder()
        .modelPackageGroupName("churn").maxResults(1).build();
    String token = registry().listModelPackages(request).nextToken().orElseThrow();
    ImmutableListModelPackagesRequest next =
        ImmutableListModelPackagesRequest.copyOf(request).withNextToken(token);

    for (ListModelPackagesRequest changed : List.of(next.withModelPackageGroupName("fraud"),
        next.withModelPackageGroupName(Optional.empty()),
        next.withModelApprovalStatus(ModelApprovalStatus.PENDING_MANUAL_APPROVAL),
        next.withNameContains("churn"), next.withSortBy(SortBy.NAME),
        next.withSortOrder(SortOrder.DESCENDING),
        next.withCreationTimeAfter(KitContext.START.minusSeconds(1)),
        next.withCreationTimeBefore(KitContext.START.plusSeconds(1)))) {
      Rejections.invalid(() -> registry().listModelPackages(changed), "nextToken");
    }
  }

  @Test
  @DisplayName("a garbage token, or one issued by another list, is a validation error naming nextToken")
  void garbageTokens() {
    createGroup("churn");
    registry().addTags(groupArn("churn"), Fixtures.tags("k", 3));
    for (int i = 0; i < 3; i++) {
      register("churn");
    }
    String packageToken = registry().listModelPackages(Listing.acrossGroups()
        .maxResults(1).build()).nextToken().orElseThrow();
    String tagToken = registry().listTags(ListTagsRequest.builder()
        .resourceArn(groupArn("churn")).maxResults(1).build()).nextToken().orElseThrow();
    String forged = Base64.getUrlEncoder().encodeToString(
        "v1|000000000000000000000000|x|y".getBytes(StandardCharsets.UTF_8));

    for (String token : List.of("garbage", "!!!", "", forged, packageToken, tagToken)) {
      Rejections.invalid(() -> registry().listModelPackageGroups(
          ListModelPackageGroupsRequest.builder().nextToken(token).build()), "nextToken");
    }
    for (String token : List.of("garbage", "!!!", "", forged, tagToken)) {
      Rejections.invalid(() -> registry().listModelPackages(
          Listing.acrossGroups().nextToken(token).build()), "nextToken");
    }
    for (String token : List.of("garbage", "!!!", forged, packageToken)) {
      Rejections.invalid(() -> registry().listTags(ListTagsRequest.builder()
          .resourceArn(groupArn("churn")).nextToken(token).build()), "nextToken");
    }
  }

  @Test
  @DisplayName("tags come in pages of maxResults, in first-added order")
  void pagesThroughTags() {
    createGroup("churn");
    List<Tag> tags = Fixtures.tags("key", 50);
    registry().addTags(groupArn("churn"), tags);
    ListTagsRequest request = ListTagsRequest.builder().resourceArn(groupArn("churn"))
        .maxResults(20).build();

    List<Page<Tag>> pages = Listing.pages(token -> registry().listTags(
        ImmutableListTagsRequest.copyOf(request)
            .withNextToken(token)));

    assertThat(pages).extracting(page -> page.items().size()).containsExactly(20, 20, 10);
    assertThat(concat(pages)).containsExactlyElementsOf(tags);
  }

  @Test
  @DisplayName("deleting packages between pages, the last one seen included, neither skips nor repeats the others")
  void deletesBetweenPages() {
    createGroup("churn");
    for (int i = 0; i < 8; i++) {
      register("churn");
    }
    ListModelPackagesRequest request = Listing.acrossGroups().maxResults(2).build();

    Page<ModelPackageSummary> first = registry().listModelPackages(request);
    registry().deleteModelPackage("churn/2");
    registry().deleteModelPackage("churn/4");
    List<ModelPackageSummary> rest = Listing.allPackages(registry(),
        ImmutableListModelPackagesRequest.copyOf(request)
            .withNextToken(first.nextToken().orElseThrow()));

    assertThat(first.items()).extracting(ModelPackageSummary::modelPackageVersion)
        .containsExactly(1, 2);
    assertThat(rest).extracting(ModelPackageSummary::modelPackageVersion)
        .containsExactly(3, 5, 6, 7, 8);
  }

  @Test
  @DisplayName("packages registered between pages appear once, after the ones listed before them")
  void registersBetweenPages() {
    createGroup("churn");
    for (int i = 0; i < 4; i++) {
      register("churn");
    }
    ListModelPackagesRequest request = Listing.acrossGroups().maxResults(3).build();

    Page<ModelPackageSummary> first = registry().listModelPackages(request);
    register("churn");
    tick();
    register("churn");
    List<ModelPackageSummary> rest = Listing.allPackages(registry(),
        ImmutableListModelPackagesRequest.copyOf(request)
            .withNextToken(first.nextToken().orElseThrow()));

    assertThat(rest).extracting(ModelPackageSummary::modelPackageVersion)
        .containsExactly(4, 5, 6);
  }

  private static <T> List<T> concat(List<Page<T>> pages) {
    List<T> all = new ArrayList<>();
    pages.forEach(page -> all.addAll(page.items()));
    return all;
  }
}
