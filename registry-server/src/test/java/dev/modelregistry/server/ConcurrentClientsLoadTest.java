package dev.modelregistry.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.Page;
import dev.modelregistry.api.model.ModelPackageSummary;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.api.request.ListModelPackagesRequest;
import dev.modelregistry.core.ModelRegistries;
import dev.modelregistry.core.spi.RegistryStore;
import dev.modelregistry.inmemory.InMemoryRegistryStore;
import dev.modelregistry.server.testing.SigV4TestSigner;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Eight concurrent clients on loopback, each a signed HTTP/1.1 connection registering, describing
 * and listing packages in two shared groups, for a few seconds after a short warm-up (set
 * {@code -Dregistry.load.seconds=30} for a longer run). No request may fail, and every version a
 * create answered must be in its group exactly once, numbered 1..n without gaps. The same workload
 * then runs against the library in-process; both throughputs and their ratio are printed, not
 * asserted (timings depend on the machine).
 */
class ConcurrentClientsLoadTest {
  private static final int CLIENTS = 8;
  private static final List<String> GROUPS = List.of("load-a", "load-b");
  private static final Duration DURATION =
      Duration.ofSeconds(Integer.getInteger("registry.load.seconds", 3));
  /** Runs before the measured window: the JIT needs a few seconds before numbers mean anything. */
  private static final Duration WARM_UP = Duration.ofSeconds(2);
  private static final AccessKey KEY = new AccessKey("AKIDLOAD", "load-secret");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void concurrentClientsLoseAndDuplicateNoVersion() throws Exception {
    RegistryStore store = new InMemoryRegistryStore();
    Run server;
    try (RegistryServer running = RegistryServer.builder(store).port(0).addAccessKey(KEY).start()) {
      ModelRegistry direct = ModelRegistries.builder(store).build();
      GROUPS.forEach(group -> direct.createModelPackageGroup(
          CreateModelPackageGroupRequest.builder().modelPackageGroupName(group).build()));
      List<Workload> clients = IntStream.range(0, CLIENTS)
          .mapToObj(client -> (Workload) new HttpWorkload(running)).toList();
      Set<String> created = ConcurrentHashMap.newKeySet();
      Run warmUp = run(clients, WARM_UP, created);
      server = run(clients, DURATION, created);
      assertThat(warmUp.failures()).as("failed requests: " + warmUp.firstFailure()).isZero();
      assertEveryVersionOnce(direct, created);
    }
    ModelRegistry inProcess = ModelRegistries.builder(new InMemoryRegistryStore()).build();
    GROUPS.forEach(group -> inProcess.createModelPackageGroup(
        CreateModelPackageGroupRequest.builder().modelPackageGroupName(group).build()));
    List<Workload> libraryClients = IntStream.range(0, CLIENTS)
        .mapToObj(client -> (Workload) new LibraryWorkload(inProcess)).toList();
    run(libraryClients, WARM_UP, ConcurrentHashMap.newKeySet());
    Run library = run(libraryClients, DURATION, ConcurrentHashMap.newKeySet());

    assertThat(server.failures()).as("failed requests: " + server.firstFailure()).isZero();
    assertThat(server.requests()).isPositive();
    System.out.printf("Load, %d clients for %d s after %d s warm-up: server %.0f requests/s (SigV4, HTTP/1.1 on"
            + " loopback), library in-process %.0f requests/s; server/in-process = %.3f%n",
        CLIENTS, DURATION.toSeconds(), WARM_UP.toSeconds(), server.perSecond(), library.perSecond(),
        server.perSecond() / library.perSecond());
  }

  private static void assertEveryVersionOnce(ModelRegistry registry, Set<String> createdArns) {
    for (String group : GROUPS) {
      List<ModelPackageSummary> listed = listAll(registry, group);
      List<Integer> versions =
          listed.stream().map(ModelPackageSummary::modelPackageVersion).sorted().toList();
      Set<String> created = createdArns.stream()
          .filter(arn -> arn.contains("/" + group + "/")).collect(Collectors.toSet());

      assertThat(versions).as(group + " versions")
          .containsExactlyElementsOf(IntStream.rangeClosed(1, created.size()).boxed().toList());
      assertThat(listed.stream().map(ModelPackageSummary::modelPackageArn))
          .as(group + " packages").containsExactlyInAnyOrderElementsOf(created);
    }
  }

  private static List<ModelPackageSummary> listAll(ModelRegistry registry, String group) {
    List<ModelPackageSummary> all = new ArrayList<>();
    String token = null;
    do {
      Page<ModelPackageSummary> page = registry.listModelPackages(ListModelPackagesRequest.builder()
          .modelPackageGroupName(group).nextToken(java.util.Optional.ofNullable(token)).build());
      all.addAll(page.items());
      token = page.nextToken().orElse(null);
    } while (token != null);
    return all;
  }

  /** One client's loop: register, describe what it registered, and now and then list a page. */
  private interface Workload {
    /** Registers a package in {@code group}; returns its ARN. */
    String create(String group) throws Exception;

    void describe(String arn) throws Exception;

    void listPage(String group) throws Exception;
  }

  private record Run(long requests, long failures, String firstFailure, Duration elapsed) {
    double perSecond() {
      return requests * 1e9 / elapsed.toNanos();
    }
  }

  /** Runs every client's loop for {@code duration}; adds the ARNs of created packages to {@code created}. */
  private static Run run(List<Workload> clients, Duration duration, Set<String> created)
      throws Exception {
    AtomicLong requests = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    Map<Integer, String> firstFailure = new TreeMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(clients.size());
    long start = System.nanoTime();
    long deadline = start + duration.toNanos();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int client = 0; client < clients.size(); client++) {
        Workload workload = clients.get(client);
        int id = client;
        running.add(pool.submit(() -> {
          for (int i = 0; System.nanoTime() < deadline; i++) {
            String group = GROUPS.get(i % GROUPS.size());
            try {
              String arn = workload.create(group);
              created.add(arn);
              workload.describe(arn);
              requests.addAndGet(2);
              if (i % 10 == 0) {
                workload.listPage(group);
                requests.incrementAndGet();
              }
            } catch (Exception failure) {
              failures.incrementAndGet();
              synchronized (firstFailure) {
                firstFailure.putIfAbsent(id, failure.toString());
              }
            }
          }
        }));
      }
      for (Future<?> future : running) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return new Run(requests.get(), failures.get(), firstFailure.toString(),
        Duration.ofNanos(System.nanoTime() - start));
  }

  /** The workload over HTTP, one keep-alive connection per client, every request signed. */
  private static final class HttpWorkload implements Workload {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final SigV4TestSigner signer;

    HttpWorkload(RegistryServer server) {
      this.signer = new SigV4TestSigner(server.endpoint(), KEY, "us-east-1", Clock.systemUTC());
    }

    @Override
    public String create(String group) throws Exception {
      return call("CreateModelPackage", "{\"ModelPackageGroupName\":\"" + group + "\","
          + "\"CustomerMetadataProperties\":{\"auc\":\"0.9\"}}").get("ModelPackageArn").asText();
    }

    @Override
    public void describe(String arn) throws Exception {
      call("DescribeModelPackage", "{\"ModelPackageName\":\"" + arn + "\"}");
    }

    @Override
    public void listPage(String group) throws Exception {
      call("ListModelPackages", "{\"ModelPackageGroupName\":\"" + group + "\",\"MaxResults\":10}");
    }

    private JsonNode call(String operation, String body) throws Exception {
      HttpResponse<String> response = http.send(
          signer.sign(operation, body.getBytes(StandardCharsets.UTF_8)),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(operation + ": " + response.statusCode() + " " + response.body());
      }
      return JSON.readTree(response.body());
    }
  }

  /** The same workload against the library in this process. */
  private record LibraryWorkload(ModelRegistry registry) implements Workload {
    @Override
    public String create(String group) {
      return registry.createModelPackage(CreateModelPackageRequest.builder()
          .modelPackageGroupName(group).customerMetadataProperties(Map.of("auc", "0.9")).build())
          .modelPackageArn();
    }

    @Override
    public void describe(String arn) {
      registry.describeModelPackage(arn);
    }

    @Override
    public void listPage(String group) {
      registry.listModelPackages(ListModelPackagesRequest.builder()
          .modelPackageGroupName(group).maxResults(10).build());
    }
  }
}
