package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The result of a batch describe: the packages found, by the ARN asked for, and an error for each
 * ARN not found.
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableBatchDescribeModelPackageResult.class)
public interface BatchDescribeModelPackageResult {

  /** Returns a new builder. */
  static ImmutableBatchDescribeModelPackageResult.Builder builder() {
    return ImmutableBatchDescribeModelPackageResult.builder();
  }

  /**
   * Returns the packages found, keyed by the ARN as given, in request order; empty when none. In
   * JSON under SageMaker's member name {@code ModelPackageSummaries}.
   */
  @JsonProperty("ModelPackageSummaries")
  Map<String, ModelPackage> modelPackages();

  /** Returns an error for each ARN not found, in request order; empty when none. */
  @JsonProperty("BatchDescribeModelPackageErrorMap")
  Map<String, BatchDescribeModelPackageError> errors();

  /** An ARN is either found or reported as an error, not both. */
  @Value.Check
  default void check() {
    for (String arn : errors().keySet()) {
      if (modelPackages().containsKey(arn)) {
        throw new IllegalStateException(arn + " cannot be both found and an error");
      }
    }
  }
}
