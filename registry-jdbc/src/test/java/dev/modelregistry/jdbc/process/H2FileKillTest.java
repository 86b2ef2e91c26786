package dev.modelregistry.jdbc.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer JVM on an H2 registry file killed with SIGKILL 21 times, right after its 1st, 2nd,
 * 3rd, ... 41st acknowledgement, loses no acknowledged registration and no version number is
 * handed out twice (every third kill the whole group is checked, the newest versions after the
 * others).
 *
 * <p>The file reuses freed space from the start ({@link H2KillLoop#reusingFreedSpaceAtOnce}), as
 * every file older than H2's 45 s retention time does. Before the store appended every chunk
 * ({@code REUSE_SPACE=FALSE}, see {@code H2Urls}) this test lost acknowledged registrations in
 * most runs (7 of the first 25 kills in a harness run lost the writer's whole run, and the file
 * was corrupt after the 26th); the hundreds of kills of {@link H2FileKillSoakTest} run in the
 * {@code crash-soak} profile.
 */
@DisplayName("an H2 registry file keeps every acknowledged registration of a killed writer JVM")
class H2FileKillTest {
  private static final int[] KILL_AFTER =
      {1, 2, 3, 1, 2, 3, 1, 2, 3, 5, 8, 1, 2, 3, 13, 1, 2, 3, 21, 2, 41};

  @TempDir
  Path directory;

  @Test
  @DisplayName("21 kills after 1 to 41 acknowledgements, in a file that reuses freed space")
  void killedWritersLoseNoAcknowledgedRegistration() throws Exception {
    long started = System.nanoTime();
    H2KillLoop loop = H2KillLoop.create(directory).reusingFreedSpaceAtOnce()
        .checkingAllVersionsEvery(3);
    for (int killAfter : KILL_AFTER) {
      loop.killAfter(killAfter);
    }
    assertThat(loop.kills()).isEqualTo(KILL_AFTER.length);
    System.out.printf("H2 file: %d kills, %d acknowledged registrations intact, %d ms%n",
        loop.kills(), loop.acknowledged(), (System.nanoTime() - started) / 1_000_000);
  }
}
