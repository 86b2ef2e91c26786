package dev.modelregistry.core.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Normalizes the strict creation-time bounds of a list before a store sees them. The registry
 * stores whole milliseconds within years 1..9999, so rounding a lower bound down and an upper
 * bound up to the millisecond keeps every answer the same while sparing each store sub-millisecond
 * arithmetic its columns may not hold (PostgreSQL keeps microseconds); bounds beyond the storable
 * range are pinned to its edges.
 */
final class TimeBounds {
  static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

  private TimeBounds() {}

  /** For "created strictly after": {@code t > bound} iff {@code t > floor(bound)} for whole millis. */
  static @Nullable Instant after(Optional<Instant> bound) {
    if (bound.isEmpty() || bound.get().isBefore(EARLIEST)) {
      return null;
    }
    Instant floor = bound.get().truncatedTo(ChronoUnit.MILLIS);
    return floor.isAfter(LATEST) ? LATEST : floor;
  }

  /** For "created strictly before": {@code t < bound} iff {@code t < ceil(bound)} for whole millis. */
  static @Nullable Instant before(Optional<Instant> bound) {
    if (bound.isEmpty() || bound.get().isAfter(LATEST)) {
      return null;
    }
    Instant floor = bound.get().truncatedTo(ChronoUnit.MILLIS);
    Instant ceiling = floor.equals(bound.get()) ? floor : floor.plusMillis(1);
    return ceiling.isBefore(EARLIEST) ? EARLIEST : ceiling;
  }

  /** Returns whether an instant read from a page token can be a stored time. */
  static boolean storable(Instant instant) {
    return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
  }
}
