package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who made a change: the caller identity that the registry stamps on groups, packages and history
 * entries ({@code CreatedBy}, {@code LastModifiedBy}).
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableUserContext.class)
public interface UserContext {

  /** Returns a new builder. */
  static ImmutableUserContext.Builder builder() {
    return ImmutableUserContext.builder();
  }

  /** Returns a new instance with the given values. */
  static UserContext ofUserProfile(String userProfileName) {
    return ImmutableUserContext.builder().userProfileName(userProfileName).build();
  }

  /** Returns the ARN of the user profile. */
  @JsonProperty("UserProfileArn")
  Optional<String> userProfileArn();

  /** Returns the name of the user profile, e.g. the login or service name. */
  @JsonProperty("UserProfileName")
  Optional<String> userProfileName();

  /** Returns the domain of the user profile. */
  @JsonProperty("DomainId")
  Optional<String> domainId();

  /** Returns the IAM identity of the caller. */
  @JsonProperty("IamIdentity")
  Optional<IamIdentity> iamIdentity();
}
