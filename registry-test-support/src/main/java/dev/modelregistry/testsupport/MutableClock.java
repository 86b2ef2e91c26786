package dev.modelregistry.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it: deterministic timestamps without sleeping and
 * without depending on the time of day.
 *
 * <pre>{@code
 * MutableClock clock = MutableClock.at(Instant.parse("2026-03-01T09:00:00Z"));
 * ModelRegistry registry = ModelRegistries.builder(store).clock(clock).build();
 * clock.advance(Duration.ofMinutes(5));
 * }</pre>
 *
 * <p>Thread-safe: many threads may read it while one moves it. Clocks made by
 * {@link #withZone(ZoneId)} share this clock's time.
 */
public final class MutableClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** Returns a clock in UTC that shows {@code start} until it is moved. */
  public static MutableClock at(Instant start) {
    return new MutableClock(new AtomicReference<>(Objects.requireNonNull(start, "start")),
        ZoneOffset.UTC);
  }

  /**
   * Moves the clock by {@code amount} (which may be negative, to test clocks that step back).
   *
   * @return the new time
   */
  public Instant advance(Duration amount) {
    Objects.requireNonNull(amount, "amount");
    return now.updateAndGet(current -> current.plus(amount));
  }

  /** Sets the clock to {@code instant}. */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** Returns a clock in another zone that shares (and moves) this clock's time. */
  @Override
  public Clock withZone(ZoneId newZone) {
    return new MutableClock(now, Objects.requireNonNull(newZone, "zone"));
  }

  @Override
  public String toString() {
    return "MutableClock[" + now.get() + ", " + zone + "]";
  }
}
