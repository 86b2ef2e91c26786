package dev.modelregistry.api.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Asks for one page of the audit trail of a group (its own records and those of its packages) or
 * of one package, oldest first.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableAuditTrailRequest.class)
public interface AuditTrailRequest {

  /** Returns a new builder. */
  static ImmutableAuditTrailRequest.Builder builder() {
    return ImmutableAuditTrailRequest.builder();
  }

  /** Returns a request for the first page of a group's or package's trail. */
  static AuditTrailRequest of(String resource) {
    return builder().resource(resource).build();
  }

  /**
   * Returns the group (name or ARN) or package (ARN or {@code group/version}). The trail outlives
   * the resource: a deleted package's or group's records stay readable.
   */
  @JsonProperty("Resource")
  String resource();

  /** Returns the page size, 1..100 (default 100). */
  @JsonProperty("MaxResults")
  Optional<Integer> maxResults();

  /** Returns the token of the previous page. */
  @JsonProperty("NextToken")
  Optional<String> nextToken();
}
