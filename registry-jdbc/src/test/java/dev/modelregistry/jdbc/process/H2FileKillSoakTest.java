package dev.modelregistry.jdbc.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The long run of {@link H2FileKillTest}: hundreds of SIGKILLs of a writer JVM on one H2 registry
 * file, each after 1 to 41 acknowledgements (a seeded random choice, the seed printed), on the
 * factory's defaults (the file ages past H2's 45 s retention time during the run and reuses
 * freed space from then on) and, in a second file, with freed space reused at once while busy
 * threads keep both cores of the machine loaded. Not part of the normal build; run it with
 *
 * <pre>
 * ./mvnw -pl registry-jdbc -am verify -Pcrash-soak -Dtest='*Soak*' -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>{@code -DcrashSoak.kills=N} sets the kills per file (default 150), {@code -DcrashSoak.seed=S}
 * the seed.
 */
@Tag("crash-soak")
@DisplayName("an H2 registry file keeps every acknowledged registration through hundreds of kills")
class H2FileKillSoakTest {
  private static final int KILLS = Integer.getInteger("crashSoak.kills", 150);
  private static final long SEED = Long.getLong("crashSoak.seed", System.nanoTime());

  @TempDir
  Path directory;

  @Test
  @DisplayName("on the factory's defaults")
  void onTheFactoryDefaults() throws Exception {
    soak("defaults", H2KillLoop.create(directory).checkingAllVersionsEvery(10), SEED);
  }

  @Test
  @DisplayName("reusing freed space at once, with both cores busy")
  void underCpuLoad() throws Exception {
    List<Thread> busy = new ArrayList<>();
    for (int i = 0; i < Math.max(2, Runtime.getRuntime().availableProcessors()); i++) {
      Thread spinner = new Thread(H2FileKillSoakTest::spin, "busy-" + i);
      spinner.setDaemon(true);
      spinner.start();
      busy.add(spinner);
    }
    try {
      soak("under CPU load", H2KillLoop.create(directory).reusingFreedSpaceAtOnce()
          .checkingAllVersionsEvery(10), SEED + 1);
    } finally {
      busy.forEach(Thread::interrupt);
    }
  }

  private static void soak(String label, H2KillLoop loop, long seed) throws Exception {
    Random random = new Random(seed);
    long started = System.nanoTime();
    for (int i = 0; i < KILLS; i++) {
      loop.killAfter(1 + random.nextInt(41));
      if (loop.kills() % 50 == 0) {
        System.out.printf("soak %s: %d kills, %d acknowledged registrations intact, %d s%n",
            label, loop.kills(), loop.acknowledged(), (System.nanoTime() - started) / 1_000_000_000);
      }
    }
    assertThat(loop.kills()).isEqualTo(KILLS);
    System.out.printf("soak %s (seed %d): %d kills, 0 acknowledged registrations lost of %d,"
            + " %d s%n", label, seed, loop.kills(), loop.acknowledged(),
        (System.nanoTime() - started) / 1_000_000_000);
  }

  private static void spin() {
    long x = 0;
    while (!Thread.currentThread().isInterrupted()) {
      x += System.nanoTime() & 7;
    }
    if (x == 42) {
      System.out.print("");
    }
  }
}
