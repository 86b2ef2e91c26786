package dev.modelregistry.api.request;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Input of {@link dev.modelregistry.api.ModelRegistry#listTags}.
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableListTagsRequest.class)
public interface ListTagsRequest {

  /** Returns a new builder. */
  static ImmutableListTagsRequest.Builder builder() {
    return ImmutableListTagsRequest.builder();
  }

  /** Returns the ARN of a model package group. */
  @JsonProperty("ResourceArn")
  String resourceArn();

  /** Returns the page size, 1..100 (default 100). */
  @JsonProperty("MaxResults")
  Optional<Integer> maxResults();

  /** Returns the token of the previous page. */
  @JsonProperty("NextToken")
  Optional<String> nextToken();
}
