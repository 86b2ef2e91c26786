package dev.modelregistry.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MutableClockTest {
  private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

  @Test
  @DisplayName("the clock stands still until moved, forwards, backwards or to an instant")
  void movesOnlyWhenMoved() {
    MutableClock clock = MutableClock.at(START);

    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.advance(Duration.ofMinutes(5))).isEqualTo(START.plusSeconds(300));
    assertThat(clock.advance(Duration.ofMinutes(-10))).isEqualTo(START.minusSeconds(300));
    clock.set(START.plusSeconds(1));
    assertThat(clock.instant()).isEqualTo(START.plusSeconds(1));
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  @DisplayName("a clock in another zone shares the time, so moving either moves both")
  void otherZoneSharesTime() {
    MutableClock clock = MutableClock.at(START);
    Clock paris = clock.withZone(ZoneId.of("Europe/Paris"));

    clock.advance(Duration.ofHours(1));

    assertThat(paris.instant()).isEqualTo(START.plusSeconds(3600));
    assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
  }
}
