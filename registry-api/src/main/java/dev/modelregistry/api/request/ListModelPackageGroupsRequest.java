package dev.modelregistry.api.request;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.modelregistry.api.model.SortBy;
import dev.modelregistry.api.model.SortOrder;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Input of {@link dev.modelregistry.api.ModelRegistry#listModelPackageGroups}. Every filter is
 * optional.
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableListModelPackageGroupsRequest.class)
public interface ListModelPackageGroupsRequest {

  /** Returns a new builder. */
  static ImmutableListModelPackageGroupsRequest.Builder builder() {
    return ImmutableListModelPackageGroupsRequest.builder();
  }

  /** Returns only groups whose name contains this text, ignoring case; {@code %} and {@code _} are plain characters. */
  @JsonProperty("NameContains")
  Optional<String> nameContains();

  /** Returns only groups created strictly after this time. */
  @JsonProperty("CreationTimeAfter")
  Optional<Instant> creationTimeAfter();

  /** Returns only groups created strictly before this time. */
  @JsonProperty("CreationTimeBefore")
  Optional<Instant> creationTimeBefore();

  /** Returns the sort key; ties break by ARN. */
  @JsonProperty("SortBy")
  @Value.Default
  default SortBy sortBy() {
    return SortBy.CREATION_TIME;
  }

  /** Returns the sort order. */
  @JsonProperty("SortOrder")
  @Value.Default
  default SortOrder sortOrder() {
    return SortOrder.ASCENDING;
  }

  /** Returns the page size, 1..100 (default 100). */
  @JsonProperty("MaxResults")
  Optional<Integer> maxResults();

  /** Returns the token of the previous page, valid only with the same filters and sort. */
  @JsonProperty("NextToken")
  Optional<String> nextToken();
}
