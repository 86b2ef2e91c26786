package dev.modelregistry.benchmarks;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.Page;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageSummary;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.api.request.ListModelPackagesRequest;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import java.util.List;
import java.util.Optional;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The JDBC store on H2 in memory, an H2 file and PostgreSQL 17, each operation {@code x} paired
 * with {@code xBaseline}: hand-written JDBC doing the minimal work of the same operation on the
 * same database and tables ({@link RawRegistry}). Every trial gets a fresh database.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
// The heap is touched at start: first-touch page faults of a fresh 4 GiB heap kept early
// iterations here up to eight times slower (README, "Noise").
@Fork(value = 1, jvmArgsAppend = {
    "-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch", "-XX:+UseTransparentHugePages"})
public class JdbcBenchmarks {
  static final int PRELOADED = Integer.getInteger("mr.bench.preloaded", 10_000);
  static final int WRITER_GROUPS = 8;
  static final String READS = "reads";
  static final String UPDATES = "updates";

  /** The database of a trial, its registry, and the groups the benchmarks use. */
  @State(Scope.Benchmark)
  public static class Shared {
    @Param({"h2-memory", "h2-file", "postgresql"})
    public String backend;

    BenchDatabase database;
    ModelRegistry registry;
    final AtomicInteger threads = new AtomicInteger();
    PageTokenForge tokens;

    @Setup(Level.Trial)
    public void open(BenchmarkParams params) {
      database = BenchDatabase.fresh(backend);
      registry = database.registry();
      for (String prefix : List.of("lib", "raw", "same")) {
        createGroup(prefix);
        createGroup(prefix + "-shared");
        for (int i = 0; i < WRITER_GROUPS; i++) {
          createGroup(prefix + "-" + i);
        }
      }
      String benchmark = params.getBenchmark();
      if (!benchmark.contains(".register")) {
        GroupLoader.load(database, READS, PRELOADED);
        GroupLoader.load(database, UPDATES, PRELOADED);
        database.analyze();
        String issued = registry.listModelPackages(listRequest(null)).nextToken().orElseThrow();
        tokens = new PageTokenForge(issued);
      }
    }

    private void createGroup(String name) {
      registry.createModelPackageGroup(
          CreateModelPackageGroupRequest.builder().modelPackageGroupName(name).build());
    }

    @TearDown(Level.Trial)
    public void close() {
      database.close();
    }
  }

  /** One benchmark thread: its raw connection, its writer group and its update cursor. */
  @State(Scope.Thread)
  public static class Worker {
    RawRegistry raw;
    SameRowsRegistry sameRows;
    String libGroup;
    String rawGroup;
    String sameGroup;
    CreateModelPackageRequest libRequest;
    CreateModelPackageRequest rawRequest;
    CreateModelPackageRequest sameRequest;
    int updates;

    @Setup(Level.Trial)
    public void open(Shared shared, BenchmarkParams params) {
      raw = new RawRegistry(shared.database);
      sameRows = new SameRowsRegistry(shared.database);
      int index = shared.threads.getAndIncrement();
      String suffix = params.getBenchmark().contains(".registerOneGroup") ? "-shared"
          : params.getThreads() > 1 ? "-" + (index % WRITER_GROUPS) : "";
      libGroup = "lib" + suffix;
      rawGroup = "raw" + suffix;
      sameGroup = "same" + suffix;
      libRequest = TypicalPackages.request(libGroup);
      rawRequest = TypicalPackages.request(rawGroup);
      sameRequest = TypicalPackages.request(sameGroup);
    }

    @TearDown(Level.Trial)
    public void close() {
      raw.close();
      sameRows.close();
    }

    /** Returns the next package to update and the status that changes it. */
    int nextUpdateVersion() {
      return (updates % PRELOADED) + 1;
    }

    ModelApprovalStatus nextUpdateStatus() {
      int round = updates++ / PRELOADED;
      return round % 2 == 0 ? ModelApprovalStatus.APPROVED : ModelApprovalStatus.REJECTED;
    }
  }

  static ListModelPackagesRequest listRequest(String token) {
    return ListModelPackagesRequest.builder()
        .modelPackageGroupName(READS)
        .maxResults(50)
        .nextToken(Optional.ofNullable(token))
        .build();
  }

  static int randomVersion() {
    return ThreadLocalRandom.current().nextInt(PRELOADED) + 1;
  }

  // ---- register: one thread ----

  @Benchmark
  public ModelPackage register(Shared shared, Worker worker) {
    return shared.registry.createModelPackage(worker.libRequest);
  }

  @Benchmark
  public ModelPackage registerBaseline(Worker worker) {
    return worker.raw.register(worker.rawGroup, worker.rawRequest);
  }

  /**
   * Not a baseline: hand-written JDBC writing the same rows as the library (audit record, history
   * entry, provenance index), which tells the library's own cost apart from its data's.
   */
  @Benchmark
  public ModelPackage registerSameRows(Worker worker) {
    return worker.sameRows.register(worker.sameGroup, worker.sameRequest);
  }

  // ---- register: 8 threads on 8 groups, 8 threads on one group ----

  @Benchmark
  @Threads(8)
  public ModelPackage registerEightGroups(Shared shared, Worker worker) {
    return shared.registry.createModelPackage(worker.libRequest);
  }

  @Benchmark
  @Threads(8)
  public ModelPackage registerEightGroupsBaseline(Worker worker) {
    return worker.raw.register(worker.rawGroup, worker.rawRequest);
  }

  @Benchmark
  @Threads(8)
  public ModelPackage registerOneGroup(Shared shared, Worker worker) {
    return shared.registry.createModelPackage(worker.libRequest);
  }

  @Benchmark
  @Threads(8)
  public ModelPackage registerOneGroupBaseline(Worker worker) {
    return worker.raw.register(worker.rawGroup, worker.rawRequest);
  }

  /** Not a baseline: the library's rows written by hand, by 8 writers queuing on one group. */
  @Benchmark
  @Threads(8)
  public ModelPackage registerOneGroupSameRows(Worker worker) {
    return worker.sameRows.register(worker.sameGroup, worker.sameRequest);
  }

  // ---- reads on a group of 10,000 ----

  @Benchmark
  public ModelPackage describe(Shared shared) {
    return shared.registry.describeModelPackage(
        RawRegistry.ARN_PREFIX + READS + "/" + randomVersion());
  }

  @Benchmark
  public ModelPackage describeBaseline(Worker worker) {
    return worker.raw.describe(READS, randomVersion());
  }

  @Benchmark
  public Page<ModelPackageSummary> listPage(Shared shared) {
    int after = ThreadLocalRandom.current().nextInt(PRELOADED - 50);
    return shared.registry.listModelPackages(listRequest(shared.tokens.after(READS, after)));
  }

  @Benchmark
  public List<ModelPackage> listPageBaseline(Worker worker) {
    return worker.raw.page(READS, ThreadLocalRandom.current().nextInt(PRELOADED - 50));
  }

  @Benchmark
  public Optional<ModelPackage> latestApproved(Shared shared) {
    return shared.registry.findLatestApprovedModelPackage(READS);
  }

  @Benchmark
  public Optional<ModelPackage> latestApprovedBaseline(Worker worker) {
    return worker.raw.latestApproved(READS);
  }

  // ---- approval updates: each call changes a package's status ----

  @Benchmark
  public ModelPackage updateApproval(Shared shared, Worker worker) {
    int version = worker.nextUpdateVersion();
    return shared.registry.updateModelPackage(UpdateModelPackageRequest.builder()
        .modelPackageArn(RawRegistry.ARN_PREFIX + UPDATES + "/" + version)
        .modelApprovalStatus(worker.nextUpdateStatus())
        .build());
  }

  @Benchmark
  public ModelPackage updateApprovalBaseline(Worker worker) {
    int version = worker.nextUpdateVersion();
    return worker.raw.updateApproval(UPDATES, version, worker.nextUpdateStatus());
  }
}
