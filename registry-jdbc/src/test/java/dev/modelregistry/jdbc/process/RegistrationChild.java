package dev.modelregistry.jdbc.process;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageModelCard;
import dev.modelregistry.api.model.ModelCardStatus;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.core.ModelRegistries;
import dev.modelregistry.jdbc.JdbcRegistryStore;
import dev.modelregistry.jdbc.RegistryInUseException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A separate JVM that the multi-process and crash tests start. Prints one line per fact, flushed
 * at once, so the parent knows what was acknowledged even if this process is killed:
 * {@code ACK <version> <seed>} after each registration returned, {@code DONE} at the end,
 * {@code OPENED} / {@code IN_USE <message>} for {@code open}.
 *
 * <pre>
 * register h2 DIR GROUP THREADS PER_THREAD large|small
 * register pg URL USER PASSWORD SCHEMA GROUP THREADS PER_THREAD large|small
 * open h2 DIR
 * shared URL GROUP
 * </pre>
 *
 * <p>{@code shared} opens a store on a database other processes use too (an H2 file in server
 * mode) and registers until a line arrives on its standard input; then it closes its store and
 * prints {@code CLOSED}. A failed registration prints {@code FAILED <message>} and exits with 1.
 */
public final class RegistrationChild {
  private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

  private RegistrationChild() {}

  public static void main(String[] args) throws Exception {
    List<String> rest = new ArrayList<>(List.of(args));
    String command = rest.remove(0);
    if (command.equals("shared")) {
      shared(rest.get(0), rest.get(1));
      return;
    }
    String kind = rest.remove(0);
    if (command.equals("open")) {
      try (JdbcRegistryStore store = JdbcRegistryStore.embedded(Path.of(rest.get(0)))) {
        OUT.println("OPENED " + store.dialect());
      } catch (RegistryInUseException e) {
        OUT.println("IN_USE " + e.getMessage().replace('\n', ' '));
      }
      return;
    }
    JdbcRegistryStore store = kind.equals("h2")
        ? JdbcRegistryStore.embedded(Path.of(rest.remove(0)))
        : JdbcRegistryStore.builder(rest.remove(0)).credentials(rest.remove(0), rest.remove(0))
            .schema(rest.remove(0)).maximumPoolSize(4).build();
    String group = rest.remove(0);
    int threads = Integer.parseInt(rest.remove(0));
    int perThread = Integer.parseInt(rest.remove(0));
    boolean large = rest.remove(0).equals("large");
    ModelRegistry registry = ModelRegistries.builder(store).build();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      workers.add(new Thread(() -> {
        for (int n = 0; n < perThread; n++) {
          String seed = ProcessHandle.current().pid() + "-" + thread + "-" + n;
          ModelPackage created = registry.createModelPackage(request(group, seed, large));
          OUT.println("ACK " + created.modelPackageVersion() + " " + seed);
        }
      }));
    }
    workers.forEach(Thread::start);
    for (Thread worker : workers) {
      worker.join();
    }
    store.close();
    OUT.println("DONE");
  }

  private static void shared(String url, String group) throws Exception {
    JdbcRegistryStore store = JdbcRegistryStore.builder(url).maximumPoolSize(2).build();
    ModelRegistry registry = ModelRegistries.builder(store).build();
    java.util.concurrent.CountDownLatch close = new java.util.concurrent.CountDownLatch(1);
    Thread input = new Thread(() -> {
      try {
        new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
            StandardCharsets.UTF_8)).readLine();
      } catch (java.io.IOException e) {
        // standard input gone: close as well
      }
      close.countDown();
    });
    input.setDaemon(true);
    input.start();
    try {
      for (int n = 0; close.getCount() > 0; n++) {
        String seed = ProcessHandle.current().pid() + "-" + n;
        OUT.println("ACK " + registry.createModelPackage(request(group, seed, false))
            .modelPackageVersion() + " " + seed);
      }
    } catch (RuntimeException e) {
      OUT.println("FAILED " + String.valueOf(e.getMessage()).replace('\n', ' '));
      System.exit(1);
    }
    store.close();
    OUT.println("CLOSED");
  }

  /**
   * Returns the request for a seed; a large one carries an 8 KB model card, so that a kill can
   * land in the middle of writing it.
   */
  public static CreateModelPackageRequest request(String group, String seed, boolean large) {
    var request = CreateModelPackageRequest.builder()
        .modelPackageGroupName(group)
        .modelPackageDescription("registered as " + seed)
        .customerMetadataProperties(metadata(seed));
    if (large) {
      request.modelCard(ModelPackageModelCard.builder()
          .modelCardContent(cardContent(seed))
          .modelCardStatus(ModelCardStatus.DRAFT)
          .build());
    }
    return request.build();
  }

  public static Map<String, String> metadata(String seed) {
    Map<String, String> metadata = new LinkedHashMap<>();
    for (int i = 0; i < 50; i++) {
      metadata.put("key-" + i, seed + "-" + i);
    }
    return metadata;
  }

  public static String cardContent(String seed) {
    return "{\"seed\":\"" + seed + "\",\"padding\":\"" + "x".repeat(8_000) + "\"}";
  }
}
