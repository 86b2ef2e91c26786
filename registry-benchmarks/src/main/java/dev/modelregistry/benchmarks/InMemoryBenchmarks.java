package dev.modelregistry.benchmarks;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.Page;
import dev.modelregistry.api.model.ImmutableModelPackage;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageSummary;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.api.request.ListModelPackagesRequest;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import dev.modelregistry.core.ModelRegistries;
import dev.modelregistry.inmemory.InMemoryRegistryStore;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * The in-memory backend against its physical limit: a {@link ConcurrentHashMap} holding the same
 * immutable objects. Each library benchmark {@code x} has a baseline {@code xBaseline}; reads run
 * on a group of {@value #PRELOADED} packages.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
// The heap is touched at start: first-touch page faults of a fresh 4 GiB heap kept early
// iterations here up to eight times slower (README, "Noise").
@Fork(value = 1, jvmArgsAppend = {
    "-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch", "-XX:+UseTransparentHugePages"})
public class InMemoryBenchmarks {
  static final String GROUP = "churn";
  static final int PRELOADED = Integer.getInteger("mr.bench.preloaded", 10_000);
  static final int WRITER_GROUPS = 8;

  /** A registry and a plain map holding the same {@value #PRELOADED} packages of one group. */
  @State(Scope.Benchmark)
  public static class Registries {
    final Clock clock = Clock.systemUTC();
    ModelRegistry registry;
    final ConcurrentHashMap<String, ModelPackage> map = new ConcurrentHashMap<>();
    final List<String> arns = new ArrayList<>();
    /** Equal to {@link #arns} but other instances, as ARNs a caller built or read itself. */
    final List<String> arnCopies = new ArrayList<>();
    String latestApprovedArn;
    PageTokenForge tokens;

    @Setup(Level.Trial)
    public void fill() {
      registry = ModelRegistries.builder(new InMemoryRegistryStore())
          .clock(clock)
          .callerIdentity(() -> TypicalPackages.TRAINER)
          .build();
      registry.createModelPackageGroup(
          CreateModelPackageGroupRequest.builder().modelPackageGroupName(GROUP).build());
      // Through the library's batch call, with GroupLoader's creation times and approvals.
      List<CreateModelPackageRequest> batch = new ArrayList<>();
      for (int version = 1; version <= PRELOADED; version++) {
        batch.add(TypicalPackages.request(GROUP));
        if (batch.size() == 1000) {
          registry.createModelPackages(GROUP, batch);
          batch.clear();
        }
      }
      for (int version = 1; version <= PRELOADED; version++) {
        String arn = RawRegistry.ARN_PREFIX + GROUP + "/" + version;
        arns.add(arn);
        arnCopies.add(new String(arn));
        if (GroupLoader.approved(version)) {
          registry.updateModelPackage(UpdateModelPackageRequest.builder().modelPackageArn(arn)
              .modelApprovalStatus(ModelApprovalStatus.APPROVED).build());
          latestApprovedArn = arn;
        }
        // Keyed by the package's own ARN, as a map built from the objects is: a lookup then
        // compares the characters of the caller's ARN, as the registry's ARN index must too.
        ModelPackage described = registry.describeModelPackage(arn);
        map.put(described.modelPackageArn(), described);
      }
      String issued = registry.listModelPackages(ListModelPackagesRequest.builder()
          .modelPackageGroupName(GROUP).sortBy(dev.modelregistry.api.model.SortBy.NAME)
          .maxResults(50).build()).nextToken().orElseThrow();
      tokens = new PageTokenForge(issued);
    }

    String randomArn() {
      return arns.get(ThreadLocalRandom.current().nextInt(arns.size()));
    }

    String randomArnCopy() {
      return arnCopies.get(ThreadLocalRandom.current().nextInt(arnCopies.size()));
    }
  }

  /**
   * Where the register benchmarks write: a registry and a map emptied before every iteration.
   * Kept for a whole trial, the map's writes (over a million a second with eight threads) filled
   * the 4 GiB heap.
   */
  @State(Scope.Benchmark)
  public static class Writes {
    final Clock clock = Clock.systemUTC();
    final ConcurrentHashMap<String, AtomicInteger> mapVersions = new ConcurrentHashMap<>();
    /**
     * A new map each iteration, as the registry is new: {@code clear()} keeps a map's table, so a
     * cleared map never grows again, while the registry's ARN map grows from empty every
     * iteration (a sixth of the library's samples were that growth).
     */
    volatile ConcurrentHashMap<String, ModelPackage> map = new ConcurrentHashMap<>();
    volatile ModelRegistry registry;

    @Setup(Level.Iteration)
    public void empty() {
      ModelRegistry fresh = ModelRegistries.builder(new InMemoryRegistryStore())
          .clock(clock)
          .callerIdentity(() -> TypicalPackages.TRAINER)
          .build();
      map = new ConcurrentHashMap<>();
      mapVersions.clear();
      for (String group : groups()) {
        fresh.createModelPackageGroup(
            CreateModelPackageGroupRequest.builder().modelPackageGroupName(group).build());
        mapVersions.put(group, new AtomicInteger());
      }
      registry = fresh;
    }

    static List<String> groups() {
      List<String> groups = new ArrayList<>(List.of("writes", "shared"));
      for (int i = 0; i < WRITER_GROUPS; i++) {
        groups.add("writes-" + i);
      }
      return groups;
    }

    /** Builds the package the registry would build and puts it into the map. */
    ModelPackage put(CreateModelPackageRequest request, String group) {
      int version = mapVersions.get(group).incrementAndGet();
      String arn = RawRegistry.ARN_PREFIX + group + "/" + version;
      ModelPackage built = TypicalPackages.packageFor(request, arn, version,
          clock.instant().truncatedTo(ChronoUnit.MILLIS));
      map.put(arn, built);
      return built;
    }
  }

  /** One benchmark thread's writer group and update cursor. */
  @State(Scope.Thread)
  public static class Worker {
    String group;
    CreateModelPackageRequest request;
    int updates;

    @Setup(Level.Trial)
    public void open(BenchmarkParams params, ThreadParams thread) {
      int index = thread.getThreadIndex();
      group = params.getBenchmark().contains("OneGroup") ? "shared"
          : params.getThreads() > 1 ? "writes-" + (index % WRITER_GROUPS) : "writes";
      request = TypicalPackages.request(group);
    }

    String nextUpdateArn() {
      return RawRegistry.ARN_PREFIX + GROUP + "/" + (updates % PRELOADED + 1);
    }

    ModelApprovalStatus nextUpdateStatus() {
      return (updates++ / PRELOADED) % 2 == 0
          ? ModelApprovalStatus.REJECTED : ModelApprovalStatus.APPROVED;
    }
  }

  @Benchmark
  public ModelPackage register(Writes state, Worker worker) {
    return state.registry.createModelPackage(worker.request);
  }

  /** Builds the same package and puts it into a map: what registering cannot beat. */
  @Benchmark
  public ModelPackage registerBaseline(Writes state, Worker worker) {
    return state.put(worker.request, worker.group);
  }

  @Benchmark
  @Threads(8)
  public ModelPackage registerEightGroups(Writes state, Worker worker) {
    return state.registry.createModelPackage(worker.request);
  }

  @Benchmark
  @Threads(8)
  public ModelPackage registerEightGroupsBaseline(Writes state, Worker worker) {
    return state.put(worker.request, worker.group);
  }

  @Benchmark
  @Threads(8)
  public ModelPackage registerOneGroup(Writes state, Worker worker) {
    return state.registry.createModelPackage(worker.request);
  }

  @Benchmark
  @Threads(8)
  public ModelPackage registerOneGroupBaseline(Writes state, Worker worker) {
    return state.put(worker.request, worker.group);
  }

  @Benchmark
  public ModelPackage describe(Registries state) {
    return state.registry.describeModelPackage(state.randomArn());
  }

  @Benchmark
  public ModelPackage describeBaseline(Registries state) {
    return state.map.get(state.randomArn());
  }

  /**
   * Describe with ARNs that are copies made by the caller (as an ARN read from a request is), so
   * that neither side has the string's hash cached in advance of the first call.
   */
  @Benchmark
  public ModelPackage describeOwnArn(Registries state) {
    return state.registry.describeModelPackage(state.randomArnCopy());
  }

  @Benchmark
  public ModelPackage describeOwnArnBaseline(Registries state) {
    return state.map.get(state.randomArnCopy());
  }

  @Benchmark
  public Page<ModelPackageSummary> listPage(Registries state) {
    int after = ThreadLocalRandom.current().nextInt(PRELOADED - 50);
    return state.registry.listModelPackages(ListModelPackagesRequest.builder()
        .modelPackageGroupName(GROUP).sortBy(dev.modelregistry.api.model.SortBy.NAME)
        .maxResults(50).nextToken(state.tokens.after(GROUP, after)).build());
  }

  /** Fifty map lookups: the page a caller could assemble from a map that knows the keys. */
  @Benchmark
  public List<ModelPackage> listPageBaseline(Registries state) {
    int after = ThreadLocalRandom.current().nextInt(PRELOADED - 50);
    List<ModelPackage> page = new ArrayList<>(50);
    for (int i = 0; i < 50; i++) {
      page.add(state.map.get(state.arns.get(after + i)));
    }
    return page;
  }

  @Benchmark
  public Optional<ModelPackage> latestApproved(Registries state) {
    return state.registry.findLatestApprovedModelPackage(GROUP);
  }

  @Benchmark
  public ModelPackage latestApprovedBaseline(Registries state) {
    return state.map.get(state.latestApprovedArn);
  }

  @Benchmark
  public ModelPackage updateApproval(Registries state, Worker worker) {
    return state.registry.updateModelPackage(UpdateModelPackageRequest.builder()
        .modelPackageArn(worker.nextUpdateArn())
        .modelApprovalStatus(worker.nextUpdateStatus())
        .build());
  }

  /** Replaces the package in the map with a copy carrying the new status. */
  @Benchmark
  public ModelPackage updateApprovalBaseline(Registries state, Worker worker) {
    String arn = worker.nextUpdateArn();
    ModelApprovalStatus status = worker.nextUpdateStatus();
    return state.map.computeIfPresent(arn, (key, current) -> ImmutableModelPackage.copyOf(current)
        .withModelApprovalStatus(status)
        .withLastModifiedTime(Instant.now(state.clock).truncatedTo(ChronoUnit.MILLIS))
        .withLastModifiedBy(TypicalPackages.TRAINER));
  }
}
