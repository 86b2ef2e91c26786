package dev.modelregistry.core;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The partition, region and account that the registry writes into the ARNs it derives, e.g.
 * {@code arn:aws:sagemaker:us-east-1:000000000000:model-package-group/churn}. The defaults satisfy
 * SageMaker's ARN patterns, so ARNs can be handed to tools that check them.
 *
 * @param partition the partition, {@code aws} or {@code aws-*}
 * @param region the region, lower-case letters, digits and hyphens
 * @param account the account, 12 digits
 */
public record ArnSettings(String partition, String region, String account) {
  private static final Pattern PARTITION = Pattern.compile("aws[a-z\\-]*");
  private static final Pattern REGION = Pattern.compile("[a-z0-9\\-]+");
  private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");

  /** Partition {@code aws}, region {@code us-east-1}, account {@code 000000000000}. */
  public static final ArnSettings DEFAULT = new ArnSettings("aws", "us-east-1", "000000000000");

  /**
   * @throws IllegalArgumentException if a part does not match SageMaker's ARN pattern
   */
  public ArnSettings {
    require(PARTITION, partition, "partition");
    require(REGION, region, "region");
    require(ACCOUNT, account, "account");
  }

  private static void require(Pattern pattern, String value, String name) {
    Objects.requireNonNull(value, name);
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "ARN " + name + " '" + value + "' must match " + pattern.pattern());
    }
  }
}
