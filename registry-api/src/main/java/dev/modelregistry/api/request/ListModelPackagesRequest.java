package dev.modelregistry.api.request;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.modelregistry.api.model.MetadataProperties;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackageType;
import dev.modelregistry.api.model.SortBy;
import dev.modelregistry.api.model.SortOrder;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Input of {@link dev.modelregistry.api.ModelRegistry#listModelPackages}. Every filter is
 * optional.
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableListModelPackagesRequest.class)
public interface ListModelPackagesRequest {

  /** Returns a new builder. */
  static ImmutableListModelPackagesRequest.Builder builder() {
    return ImmutableListModelPackagesRequest.builder();
  }

  /** Returns only packages of this group, by name or ARN. */
  @JsonProperty("ModelPackageGroupName")
  Optional<String> modelPackageGroupName();

  /**
   * Returns which kind of packages to list. When absent, SageMaker's default applies: without a
   * group, {@link ModelPackageType#UNVERSIONED} (which matches nothing here: this registry stores
   * versioned packages only, so list across groups with {@link ModelPackageType#VERSIONED} or
   * {@link ModelPackageType#BOTH}); with a group, the group's versions.
   */
  @JsonProperty("ModelPackageType")
  Optional<ModelPackageType> modelPackageType();

  /** Returns only packages with this approval status. */
  @JsonProperty("ModelApprovalStatus")
  Optional<ModelApprovalStatus> modelApprovalStatus();

  /** Returns only packages whose name (the group name) contains this text, ignoring case; {@code %} and {@code _} are plain characters. */
  @JsonProperty("NameContains")
  Optional<String> nameContains();

  /** Returns only packages created strictly after this time. */
  @JsonProperty("CreationTimeAfter")
  Optional<Instant> creationTimeAfter();

  /** Returns only packages created strictly before this time. */
  @JsonProperty("CreationTimeBefore")
  Optional<Instant> creationTimeBefore();

  /** Returns the sort key; ties break by group and version. */
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

  /**
   * Returns a provenance filter: keep packages whose metadata properties equal every field set
   * here ({@code CommitId}, {@code Repository}, {@code GeneratedBy}, {@code ProjectId}). Not a
   * SageMaker member.
   */
  @JsonProperty("MetadataProperties")
  Optional<MetadataProperties> metadataProperties();

  /**
   * Returns a customer metadata filter: keep packages holding every one of these entries (key and
   * value equal). Not a SageMaker member.
   */
  @JsonProperty("CustomerMetadataProperties")
  Map<String, String> customerMetadataProperties();
}
