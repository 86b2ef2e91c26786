package dev.modelregistry.jdbc.process;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import dev.modelregistry.core.ModelRegistries;
import dev.modelregistry.jdbc.JdbcRegistryStore;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A JVM that writes to a registry or follows its change feed, for the feed crash test; it runs
 * until it is killed. Prints one flushed line per fact:
 * <ul>
 *   <li>{@code write}: {@code ACK <group> <version>} after a registration returned,
 *       {@code APPROVED <group> <version>} after its approval returned;
 *   <li>{@code consume}: {@code REC <position> <operation> <group> <version>} per feed record
 *       handled, {@code SAVED <position>} after the consumer's position was saved.
 * </ul>
 *
 * <pre>
 * write h2 DIR GROUP THREADS
 * write pg URL USER PASSWORD SCHEMA GROUP THREADS
 * consume pg URL USER PASSWORD SCHEMA CONSUMER
 * </pre>
 * Writer thread {@code t} writes to group {@code GROUP-t}.
 */
public final class FeedChild {
  private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

  private FeedChild() {}

  public static void main(String[] args) throws Exception {
    List<String> rest = new ArrayList<>(List.of(args));
    String command = rest.remove(0);
    String kind = rest.remove(0);
    JdbcRegistryStore store = kind.equals("h2")
        ? JdbcRegistryStore.embedded(Path.of(rest.remove(0)))
        : JdbcRegistryStore.builder(rest.remove(0)).credentials(rest.remove(0), rest.remove(0))
            .schema(rest.remove(0)).maximumPoolSize(4).build();
    ModelRegistry registry = ModelRegistries.builder(store).build();
    if (command.equals("consume")) {
      String consumer = rest.remove(0);
      while (true) {
        if (drain(registry, consumer, OUT::println) == 0) {
          Thread.sleep(5);
        }
      }
    }
    String group = rest.remove(0);
    int threads = Integer.parseInt(rest.remove(0));
    for (int t = 0; t < threads; t++) {
      String mine = group + "-" + t;
      Thread writer = new Thread(() -> {
        while (true) {
          int version = registry.createModelPackage(CreateModelPackageRequest.builder()
              .modelPackageGroupName(mine)
              .customerMetadataProperties(Map.of("writer", Long.toString(
                  ProcessHandle.current().pid())))
              .build()).modelPackageVersion();
          OUT.println("ACK " + mine + " " + version);
          registry.updateModelPackage(UpdateModelPackageRequest.builder()
              .modelPackageArn(mine + "/" + version)
              .modelApprovalStatus(ModelApprovalStatus.APPROVED)
              .build());
          OUT.println("APPROVED " + mine + " " + version);
        }
      });
      writer.start();
    }
    Thread.currentThread().join();
  }

  /**
   * Reads the feed from the consumer's saved position until it is drained, handing each record
   * to {@code sink} as a {@code REC} line and saving the position after each batch (a
   * {@code SAVED} line): the loop of a poller.
   *
   * @return how many records it handled
   */
  static int drain(ModelRegistry registry, String consumer, Consumer<String> sink) {
    int handled = 0;
    while (true) {
      long position = registry.getFeedPosition(consumer);
      List<AuditRecord> batch = registry.readChangeFeed(position, 50);
      if (batch.isEmpty()) {
        return handled;
      }
      for (AuditRecord record : batch) {
        sink.accept("REC " + record.position() + " " + record.operation() + " "
            + record.modelPackageGroupName() + " " + record.modelPackageVersion().orElse(0));
        handled++;
      }
      long last = batch.get(batch.size() - 1).position();
      registry.saveFeedPosition(consumer, last);
      sink.accept("SAVED " + last);
    }
  }
}
