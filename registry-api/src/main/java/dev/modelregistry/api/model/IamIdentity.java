package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The IAM identity of a caller, as SageMaker records it.
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableIamIdentity.class)
public interface IamIdentity {

  /** Returns a new builder. */
  static ImmutableIamIdentity.Builder builder() {
    return ImmutableIamIdentity.builder();
  }

  /** Returns the ARN of the principal. */
  @JsonProperty("Arn")
  Optional<String> arn();

  /** Returns the ID of the principal. */
  @JsonProperty("PrincipalId")
  Optional<String> principalId();

  /** Returns the source identity of the principal. */
  @JsonProperty("SourceIdentity")
  Optional<String> sourceIdentity();
}
