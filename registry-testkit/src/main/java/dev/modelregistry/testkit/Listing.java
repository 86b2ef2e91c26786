package dev.modelregistry.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.Page;
import dev.modelregistry.api.model.ModelPackageGroupSummary;
import dev.modelregistry.api.model.ModelPackageSummary;
import dev.modelregistry.api.model.ModelPackageType;
import dev.modelregistry.api.model.Tag;
import dev.modelregistry.api.request.ImmutableListModelPackageGroupsRequest;
import dev.modelregistry.api.request.ImmutableListModelPackagesRequest;
import dev.modelregistry.api.request.ImmutableListTagsRequest;
import dev.modelregistry.api.request.ListModelPackageGroupsRequest;
import dev.modelregistry.api.request.ListModelPackagesRequest;
import dev.modelregistry.api.request.ListTagsRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reads whole lists by following page tokens, and checks the paging rules on the way. */
final class Listing {
  /** More pages than any kit test produces: a token loop is a failure, not a hang. */
  private static final int MAX_PAGES = 1_000;

  private Listing() {}

  /**
   * Returns a request for the packages of every group: versioned ones, since a listing without a
   * group and without a type lists unversioned packages, as in SageMaker.
   */
  static ImmutableListModelPackagesRequest.Builder acrossGroups() {
    return ListModelPackagesRequest.builder().modelPackageType(ModelPackageType.VERSIONED);
  }

  /** Returns every group the request selects, from its page on (the first if it has no token). */
  static List<ModelPackageGroupSummary> allGroups(ModelRegistry registry,
      ListModelPackageGroupsRequest request) {
    return all(request.nextToken(), token -> registry.listModelPackageGroups(
        ImmutableListModelPackageGroupsRequest.copyOf(request).withNextToken(token)));
  }

  /** Returns every package the request selects, from its page on (the first if it has no token). */
  static List<ModelPackageSummary> allPackages(ModelRegistry registry,
      ListModelPackagesRequest request) {
    return all(request.nextToken(), token -> registry.listModelPackages(
        ImmutableListModelPackagesRequest.copyOf(request).withNextToken(token)));
  }

  /** Returns every tag of a group, from the request's page on (the first if it has no token). */
  static List<Tag> allTags(ModelRegistry registry, ListTagsRequest request) {
    return all(request.nextToken(), token -> registry.listTags(
        ImmutableListTagsRequest.copyOf(request).withNextToken(token)));
  }

  /** Returns the pages of a list, from the first to the one without a next token. */
  static <T> List<Page<T>> pages(Function<Optional<String>, Page<T>> fetch) {
    return pages(Optional.empty(), fetch);
  }

  /** Returns the pages of a list, from the one {@code start} names to the last. */
  static <T> List<Page<T>> pages(Optional<String> start, Function<Optional<String>, Page<T>> fetch) {
    List<Page<T>> pages = new ArrayList<>();
    Optional<String> token = start;
    do {
      Page<T> page = fetch.apply(token);
      pages.add(page);
      token = page.nextToken();
      assertThat(pages).as("a list that never ends").hasSizeLessThan(MAX_PAGES);
    } while (token.isPresent());
    return pages;
  }

  private static <T> List<T> all(Optional<String> start,
      Function<Optional<String>, Page<T>> fetch) {
    List<T> items = new ArrayList<>();
    pages(start, fetch).forEach(page -> items.addAll(page.items()));
    return items;
  }
}
