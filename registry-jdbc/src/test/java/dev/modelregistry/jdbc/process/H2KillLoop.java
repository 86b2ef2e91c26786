package dev.modelregistry.jdbc.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.core.ModelRegistries;
import dev.modelregistry.jdbc.JdbcRegistryStore;
import dev.modelregistry.jdbc.internal.H2Urls;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A writer JVM registering into one group of an H2 registry file ({@code
 * JdbcRegistryStore.embedded}, the factory's defaults), killed with SIGKILL after a given number
 * of acknowledgements; after each kill this JVM opens the file, checks it, registers the next
 * version and closes the file again, as the next process on a crashed registry does.
 *
 * <p>Every check: the group holds versions 1..n without a gap, each package whole, every
 * acknowledged version among them with what the writer registered, and the next registration
 * gets n + 1.
 */
final class H2KillLoop {
  private static final String GROUP = "crash";

  private final Path directory;
  private final Map<Integer, String> acknowledged = new HashMap<>();
  private int historyChecked;
  private int kills;
  private int fullCheckEvery = 1;

  private H2KillLoop(Path directory) {
    this.directory = directory;
  }

  /** Creates the registry file with its group. */
  static H2KillLoop create(Path directory) {
    try (JdbcRegistryStore store = JdbcRegistryStore.embedded(directory)) {
      ModelRegistries.builder(store).build().createModelPackageGroup(
          CreateModelPackageGroupRequest.builder().modelPackageGroupName(GROUP).build());
    }
    return new H2KillLoop(directory);
  }

  /**
   * Has H2 free the space of a dead chunk at the next commit rather than 45 s after the chunk
   * was written (its retention time, counted from the file's creation; the setting is kept in the
   * file). A file older than that reuses freed space all the time; this one does so from its
   * first second, so that a short test reaches the state in which kills lost acknowledged
   * registrations: the newest chunks written into reused space of the file.
   */
  H2KillLoop reusingFreedSpaceAtOnce() throws Exception {
    try (Connection connection = DriverManager.getConnection(H2Urls.embedded(directory), "", "");
        Statement statement = connection.createStatement()) {
      statement.execute("SET RETENTION_TIME 0");
    }
    return this;
  }

  /** Starts a writer, kills it after {@code killAfter} acknowledgements, then checks the file. */
  void killAfter(int killAfter) throws Exception {
    Map<Integer, String> ofThisWriter;
    try (ChildJvm writer = ChildJvm.start("register", "h2", directory.toString(), GROUP, "1",
        "1000000", "large")) {
      writer.awaitLines(Acks::isAck, killAfter, Duration.ofMinutes(1));
      writer.kill();
      ofThisWriter = Acks.of(writer.lines());
    }
    kills++;
    ofThisWriter.forEach((version, seed) -> assertThat(acknowledged.put(version, seed))
        .as("version %d acknowledged again after kill %d", version, kills).isNull());
    try (JdbcRegistryStore store = JdbcRegistryStore.embedded(directory)) {
      int stored = kills % fullCheckEvery == 0
          ? Acks.assertCompleteAndContiguous(store, GROUP, acknowledged, true, historyChecked)
          : assertNewVersionsWhole(store);
      String seed = "checker-" + kills;
      int next = ModelRegistries.builder(store).build()
          .createModelPackage(RegistrationChild.request(GROUP, seed, true)).modelPackageVersion();
      assertThat(next).as("the version registered after kill %d", kills).isEqualTo(stored + 1);
      acknowledged.put(next, seed);
      historyChecked = next;
    }
  }

  /**
   * Checks every {@code kills}-th kill the whole group (the default: every kill), in between only
   * what a crash can lose: the newest versions. H2 recovers a whole earlier state of the file, so
   * a loss is a lost tail of versions, which the latest version being below the newest
   * acknowledged one shows.
   */
  H2KillLoop checkingAllVersionsEvery(int kills) {
    this.fullCheckEvery = kills;
    return this;
  }

  private int assertNewVersionsWhole(JdbcRegistryStore store) {
    int latest = store.findLatestPackage(GROUP, null).map(ModelPackage::modelPackageVersion)
        .orElse(0);
    int newestAcknowledged = acknowledged.keySet().stream().mapToInt(v -> v).max().orElse(0);
    assertThat(latest).as("latest version after kill %d", kills)
        .isGreaterThanOrEqualTo(newestAcknowledged);
    for (int version = historyChecked + 1; version <= latest; version++) {
      int v = version;
      ModelPackage stored = store.findPackage(GROUP, version).orElseThrow(
          () -> new AssertionError("version " + v + " missing after kill " + kills));
      String seed = stored.modelPackageDescription().orElseThrow()
          .substring("registered as ".length());
      assertThat(stored.customerMetadataProperties()).as("metadata of version %d", version)
          .isEqualTo(RegistrationChild.metadata(seed));
      assertThat(stored.modelCard().orElseThrow().modelCardContent())
          .as("model card of version %d", version).contains(RegistrationChild.cardContent(seed));
      if (acknowledged.containsKey(version)) {
        assertThat(seed).as("acknowledged version %d", version)
            .isEqualTo(acknowledged.get(version));
      }
    }
    return latest;
  }

  int kills() {
    return kills;
  }

  int acknowledged() {
    return acknowledged.size();
  }
}
