package dev.modelregistry.core.internal;

import dev.modelregistry.api.ValidationException;

/**
 * The rule of a change feed consumer's name, for code outside this package that must refuse a
 * name before the registry sees it (the poller's builder): the same rule, path and message as
 * {@code getFeedPosition} and {@code saveFeedPosition}.
 */
public final class FeedConsumerRules {
  private FeedConsumerRules() {}

  /**
   * Checks a consumer name: 1..256 characters, no control characters.
   *
   * @throws ValidationException naming {@code consumerName} if it breaks the rule
   */
  public static void requireValidName(String consumerName) {
    new Violations().check("consumerName", consumerName, FieldRules.FEED_CONSUMER_NAME)
        .throwIfAny();
  }

  /** Returns the most records one feed read returns, and so the largest batch of a poller. */
  public static int maxBatchSize() {
    return FieldRules.MAX_FEED_READ;
  }
}
