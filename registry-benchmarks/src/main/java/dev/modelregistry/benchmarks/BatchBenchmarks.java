package dev.modelregistry.benchmarks;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Bulk imports: {@code createModelPackages} with {@value #BATCH} packages of one group per call,
 * against raw JDBC doing the same in one transaction (one counter update reserving the versions,
 * one JDBC batch of inserts). Beside them, hand-written JDBC batches of the rows the library
 * writes per package ({@link SameRowsRegistry}) show what those rows cost on their own. Scores
 * are packages per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
// The heap is touched at start: first-touch page faults of a fresh 4 GiB heap kept early
// iterations here up to eight times slower (README, "Noise").
@Fork(value = 1, jvmArgsAppend = {
    "-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch", "-XX:+UseTransparentHugePages"})
public class BatchBenchmarks {
  static final int BATCH = 1000;

  /** A fresh database with one group for the library and one for the baseline. */
  @State(Scope.Benchmark)
  public static class Database {
    @Param({"h2-memory", "h2-file", "postgresql"})
    public String backend;

    BenchDatabase database;
    ModelRegistry registry;
    RawRegistry raw;
    SameRowsRegistry sameRows;
    List<CreateModelPackageRequest> requests;
    CreateModelPackageRequest rawRequest;
    CreateModelPackageRequest sameRequest;

    @Setup(Level.Trial)
    public void open() {
      database = BenchDatabase.fresh(backend);
      registry = database.registry();
      for (String group : List.of("lib", "raw", "same")) {
        registry.createModelPackageGroup(
            CreateModelPackageGroupRequest.builder().modelPackageGroupName(group).build());
      }
      requests = Collections.nCopies(BATCH, TypicalPackages.request("lib"));
      rawRequest = TypicalPackages.request("raw");
      sameRequest = TypicalPackages.request("same");
      raw = new RawRegistry(database);
      sameRows = new SameRowsRegistry(database);
    }

    @TearDown(Level.Trial)
    public void close() {
      raw.close();
      sameRows.close();
      database.close();
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public List<ModelPackage> registerBatch(Database database) {
    return database.registry.createModelPackages("lib", database.requests);
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int registerBatchBaseline(Database database) {
    return database.raw.registerBatch("raw", database.rawRequest, BATCH);
  }

  /** The library's rows for each package, written by hand in one batch per table. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int registerBatchSameRows(Database database) {
    return database.sameRows.registerBatch("same", database.sameRequest, BATCH);
  }
}
