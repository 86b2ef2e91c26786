package dev.modelregistry.core.internal;

import dev.modelregistry.api.ValidationException;

/**
 * The rule of a change feed consumer's name: what {@link ChangeFeed} checks, and what code outside
 * this package that must refuse a name before the registry sees it (the poller's builder) checks,
 * with the same path and message.
 */
public final class FeedConsumerRules {
  private FeedConsumerRules() {}

  /**
   * Checks a consumer name: 1..256 characters, no control characters.
   *
   * @throws ValidationException naming {@code consumerName} if it breaks the rule
   */
  public static void requireValidName(String consumerName) {
    Violations violations = new Violations();
    checkName(violations, consumerName);
    violations.throwIfAny();
  }

  /** Adds a violation naming {@code consumerName} if it breaks the rule. */
  static void checkName(Violations violations, String consumerName) {
    violations.check("consumerName", consumerName, FieldRules.FEED_CONSUMER_NAME);
  }

  /** Returns the most records one feed read returns, and so the largest batch of a poller. */
  public static int maxBatchSize() {
    return FieldRules.MAX_FEED_READ;
  }
}
