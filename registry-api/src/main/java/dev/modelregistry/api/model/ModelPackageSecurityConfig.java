package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.immutables.value.Value;

/**
 * Encryption settings of a model package.
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableModelPackageSecurityConfig.class)
public interface ModelPackageSecurityConfig {

  /** Returns a new builder. */
  static ImmutableModelPackageSecurityConfig.Builder builder() {
    return ImmutableModelPackageSecurityConfig.builder();
  }

  /** Returns the KMS key that encrypts the package, 0..2048 characters of {@code [a-zA-Z0-9:/_-]}. */
  @JsonProperty("KmsKeyId")
  String kmsKeyId();
}
