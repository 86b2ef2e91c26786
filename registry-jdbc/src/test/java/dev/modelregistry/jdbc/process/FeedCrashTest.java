package dev.modelregistry.jdbc.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.audit.AuditOperation;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.core.ModelRegistries;
import dev.modelregistry.core.spi.RegistryStore;
import dev.modelregistry.jdbc.JdbcRegistryStore;
import dev.modelregistry.jdbc.testing.PostgresTestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The change feed survives a writer killed with SIGKILL mid-stream: a writer JVM (two threads,
 * each registering and then approving packages of its own group) is killed and restarted
 * several times, and a consumer follows the feed the way a poller does (read after its saved
 * position, handle, save). At the end the consumer has handled every record of the final feed,
 * in position order within each run of the consumer, duplicates allowed and no gaps; every
 * change the writer saw acknowledged is in the feed; and the feed holds nothing of a change that
 * did not commit (its records match the packages exactly: one registration per stored version,
 * one approval per approved package, each approval after its registration).
 */
@DisplayName("a feed consumer sees every committed change of a writer JVM killed mid-stream")
class FeedCrashTest {
  private static final int ROUNDS = 6;
  private static final int THREADS = 2;
  private static final String GROUP = "feed";

  @TempDir
  Path directory;

  @Test
  @DisplayName("on PostgreSQL, with the consumer in a second JVM that is killed and resumes once")
  void postgres() throws Exception {
    PostgresTestServer server = PostgresTestServer.get();
    String schema = server.newSchema();
    long started = System.nanoTime();
    try (JdbcRegistryStore store = JdbcRegistryStore.builder(server.dataSource())
        .schema(schema).build()) {
      ModelRegistry registry = ModelRegistries.builder(store).build();
      createGroups(registry);
      String[] connection = {server.jdbcUrl(), server.user(), server.password(), schema};
      List<List<String>> consumerRuns = new ArrayList<>();
      List<String> writerLines = new ArrayList<>();
      ChildJvm consumer = startConsumer(connection);
      try {
        for (int round = 1; round <= ROUNDS; round++) {
          writerLines.addAll(writeUntilKilled(round, "pg", connection));
          if (round == ROUNDS / 2) {
            consumer.kill();
            consumerRuns.add(consumer.lines());
            consumer = startConsumer(connection);
          }
        }
        List<AuditRecord> feed = wholeFeed(registry);
        long last = feed.get(feed.size() - 1).position();
        consumer.awaitLines(line -> line.equals("SAVED " + last), 1, Duration.ofMinutes(1));
        consumer.kill();
        consumerRuns.add(consumer.lines());
        verify(store, feed, consumerRuns, writerLines, "pg", started);
      } finally {
        consumer.close();
      }
    } finally {
      server.dropSchema(schema);
    }
  }

  /**
   * An H2 file belongs to one process in embedded mode, and in server mode (AUTO_SERVER) the
   * file's server lives in the JVM that opened it first: killing the writer would then kill the
   * consumer's server, or the writer would be a TCP client whose death kills no database. So the
   * consumer (this JVM) opens the file between the writer's crashes, which is what a crash does
   * to an embedded registry: its next reader sees what the killed writer left.
   */
  @Test
  @DisplayName("on an H2 file, with the consumer reading between the writer's crashes")
  void h2File() throws Exception {
    long started = System.nanoTime();
    try (JdbcRegistryStore store = JdbcRegistryStore.embedded(directory)) {
      createGroups(ModelRegistries.builder(store).build());
    }
    List<String> writerLines = new ArrayList<>();
    List<String> consumed = new ArrayList<>();
    for (int round = 1; round <= ROUNDS; round++) {
      writerLines.addAll(writeUntilKilled(round, "h2", directory.toString()));
      try (JdbcRegistryStore store = JdbcRegistryStore.embedded(directory)) {
        FeedChild.drain(ModelRegistries.builder(store).build(), "follower", consumed::add);
      }
    }
    try (JdbcRegistryStore store = JdbcRegistryStore.embedded(directory)) {
      ModelRegistry registry = ModelRegistries.builder(store).build();
      verify(store, wholeFeed(registry), List.of(consumed), writerLines, "h2", started);
    }
  }

  private static void createGroups(ModelRegistry registry) {
    for (int t = 0; t < THREADS; t++) {
      registry.createModelPackageGroup(CreateModelPackageGroupRequest.builder()
          .modelPackageGroupName(GROUP + "-" + t).build());
    }
  }

  private static ChildJvm startConsumer(String[] connection) throws Exception {
    List<String> args = new ArrayList<>(List.of("consume", "pg"));
    args.addAll(List.of(connection));
    args.add("follower");
    return ChildJvm.start(FeedChild.class, args.toArray(String[]::new));
  }

  /** Starts a writer, lets it acknowledge a number of changes that differs per round, kills it. */
  private static List<String> writeUntilKilled(int round, String kind, String... connection)
      throws Exception {
    List<String> args = new ArrayList<>(List.of("write", kind));
    args.addAll(List.of(connection));
    args.addAll(List.of(GROUP, Integer.toString(THREADS)));
    try (ChildJvm writer = ChildJvm.start(FeedChild.class, args.toArray(String[]::new))) {
      writer.awaitLines(line -> line.startsWith("ACK ") || line.startsWith("APPROVED "),
          10 + (round * 13) % 40, Duration.ofMinutes(1));
      writer.kill();
      return writer.lines();
    }
  }

  private static List<AuditRecord> wholeFeed(ModelRegistry registry) {
    List<AuditRecord> feed = new ArrayList<>();
    long after = 0;
    while (true) {
      List<AuditRecord> page = registry.readChangeFeed(after, 1000);
      if (page.isEmpty()) {
        return feed;
      }
      feed.addAll(page);
      after = page.get(page.size() - 1).position();
    }
  }

  private static String fact(AuditOperation operation, String group, int version) {
    return operation + " " + group + " " + version;
  }

  private static void verify(RegistryStore store, List<AuditRecord> feed,
      List<List<String>> consumerRuns, List<String> writerLines, String label, long started) {
    // The final feed, by position; positions strictly rise.
    Map<Long, String> byPosition = new LinkedHashMap<>();
    long previous = 0;
    for (AuditRecord record : feed) {
      assertThat(record.position()).as("feed positions rise").isGreaterThan(previous);
      previous = record.position();
      byPosition.put(record.position(), fact(record.operation(), record.modelPackageGroupName(),
          record.modelPackageVersion().orElse(0)));
    }
    // The consumer: each run in position order, together every record, no other.
    Set<Long> seen = new HashSet<>();
    int handled = 0;
    for (List<String> run : consumerRuns) {
      long last = 0;
      for (String line : run) {
        if (!line.startsWith("REC ")) {
          continue;
        }
        String[] parts = line.split(" ");
        long position = Long.parseLong(parts[1]);
        assertThat(position).as("consumer positions rise within a run").isGreaterThan(last);
        last = position;
        assertThat(byPosition.get(position)).as("record at %d", position)
            .isEqualTo(parts[2] + " " + parts[3] + " " + parts[4]);
        seen.add(position);
        handled++;
      }
    }
    assertThat(seen).as("positions the consumer handled").isEqualTo(byPosition.keySet());
    // Every acknowledged change is in the feed.
    Set<String> facts = new HashSet<>(byPosition.values());
    int acknowledged = 0;
    for (String line : writerLines) {
      String[] parts = line.split(" ");
      if (parts[0].equals("ACK") || parts[0].equals("APPROVED")) {
        AuditOperation operation = parts[0].equals("ACK")
            ? AuditOperation.CREATE_MODEL_PACKAGE : AuditOperation.UPDATE_MODEL_PACKAGE;
        assertThat(facts).as(line).contains(fact(operation, parts[1], Integer.parseInt(parts[2])));
        acknowledged++;
      }
    }
    // Nothing uncommitted: the feed's package records are exactly the stored packages' changes.
    int packages = 0;
    for (int t = 0; t < THREADS; t++) {
      String group = GROUP + "-" + t;
      Map<Integer, Long> created = new TreeMap<>();
      Map<Integer, Long> approved = new TreeMap<>();
      for (AuditRecord record : feed) {
        if (!record.modelPackageGroupName().equals(group)) {
          continue;
        }
        int version = record.modelPackageVersion().orElse(0);
        if (record.operation() == AuditOperation.CREATE_MODEL_PACKAGE) {
          assertThat(created.put(version, record.position())).as("one registration of %s/%d",
              group, version).isNull();
        } else if (record.operation() == AuditOperation.UPDATE_MODEL_PACKAGE) {
          assertThat(approved.put(version, record.position())).as("one approval of %s/%d",
              group, version).isNull();
          assertThat(record.position()).as("approval of %s/%d after its registration", group,
              version).isGreaterThan(created.get(version));
        }
      }
      List<ModelPackage> stored = Acks.allPackages(store, group);
      assertThat(created.keySet()).as("registrations in the feed of %s", group)
          .containsExactlyElementsOf(stored.stream().map(ModelPackage::modelPackageVersion)
              .toList());
      assertThat(approved.keySet()).as("approvals in the feed of %s", group)
          .containsExactlyElementsOf(stored.stream()
              .filter(p -> p.modelApprovalStatus() == ModelApprovalStatus.APPROVED)
              .map(ModelPackage::modelPackageVersion).toList());
      packages += stored.size();
    }
    System.out.printf("feed crash %s: %d writer kills, %d acknowledged changes, %d packages,"
            + " feed of %d records, consumer handled %d (%d duplicates) in %d run(s), %d ms%n",
        label, ROUNDS, acknowledged, packages, feed.size(), handled, handled - seen.size(),
        consumerRuns.size(), (System.nanoTime() - started) / 1_000_000);
  }
}
