package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.immutables.value.Value;

/**
 * Why one ARN of a batch describe found no package.
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableBatchDescribeModelPackageError.class)
public interface BatchDescribeModelPackageError {

  /** Returns a new builder. */
  static ImmutableBatchDescribeModelPackageError.Builder builder() {
    return ImmutableBatchDescribeModelPackageError.builder();
  }

  /** Returns a short code, e.g. {@code ResourceNotFound}. */
  @JsonProperty("ErrorCode")
  String errorCode();

  /** Returns a human-readable explanation. */
  @JsonProperty("ErrorResponse")
  String errorResponse();
}
