package dev.modelregistry.core.internal;

import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.core.spi.RegistryStore;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Reads the durable change feed, keeps its consumers' positions, and prunes what they read. */
final class ChangeFeed {
  private final RegistryStore store;

  ChangeFeed(RegistryContext context) {
    this.store = context.store();
  }

  List<AuditRecord> read(long afterPosition, int maxRecords) {
    Violations violations = new Violations();
    atLeastZero(violations, "afterPosition", afterPosition);
    if (maxRecords < 1 || maxRecords > FieldRules.MAX_FEED_READ) {
      violations.add("maxRecords", String.valueOf(maxRecords),
          "must be 1.." + FieldRules.MAX_FEED_READ);
    }
    violations.throwIfAny();
    return store.readFeed(afterPosition, maxRecords);
  }

  long position(String consumerName) {
    FeedConsumerRules.requireValidName(consumerName);
    return store.findFeedPosition(consumerName).orElse(0);
  }

  void savePosition(String consumerName, long position) {
    Violations violations = new Violations();
    FeedConsumerRules.checkName(violations, consumerName);
    atLeastZero(violations, "position", position);
    violations.throwIfAny();
    store.saveFeedPosition(consumerName, position);
  }

  long prune(Instant olderThan) {
    Objects.requireNonNull(olderThan, "olderThan");
    // Stored times are whole milliseconds: "before t" is "before ceil(t)"; pinned to the range.
    Instant bound = TimeBounds.before(Optional.of(olderThan));
    return store.pruneAudit(bound != null ? bound : TimeBounds.LATEST);
  }

  /** Feed positions start at 0, the position before the first record. */
  private static void atLeastZero(Violations violations, String path, long position) {
    if (position < 0) {
      violations.add(path, String.valueOf(position), "must be at least 0");
    }
  }
}
