package dev.modelregistry.benchmarks;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.core.ModelRegistries;
import dev.modelregistry.inmemory.InMemoryRegistryStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The in-memory backend against its physical limit: a {@link ConcurrentHashMap} holding the same
 * immutable objects. Each library benchmark {@code x} has a baseline {@code xBaseline}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class InMemoryBenchmarks {
  private static final String GROUP = "churn";
  private static final int PRELOADED = 10_000;

  /** A registry (and a plain map) holding {@value #PRELOADED} packages of one group. */
  @State(Scope.Benchmark)
  public static class Registries {
    final Clock clock = Clock.systemUTC();
    final CreateModelPackageRequest request = TypicalPackages.request(GROUP);
    ModelRegistry registry;
    final ConcurrentHashMap<String, ModelPackage> map = new ConcurrentHashMap<>();
    final AtomicInteger mapVersions = new AtomicInteger();
    final List<String> arns = new ArrayList<>();

    @Setup(Level.Trial)
    public void fill() {
      registry = ModelRegistries.builder(new InMemoryRegistryStore())
          .clock(clock)
          .callerIdentity(() -> TypicalPackages.TRAINER)
          .build();
      registry.createModelPackageGroup(
          CreateModelPackageGroupRequest.builder().modelPackageGroupName(GROUP).build());
      for (int i = 0; i < PRELOADED; i++) {
        ModelPackage created = registry.createModelPackage(request);
        arns.add(created.modelPackageArn());
        map.put(created.modelPackageArn(), created);
      }
      mapVersions.set(PRELOADED);
    }

    String randomArn() {
      return arns.get(ThreadLocalRandom.current().nextInt(arns.size()));
    }
  }

  @Benchmark
  public ModelPackage register(Registries state) {
    return state.registry.createModelPackage(state.request);
  }

  /** Builds the same package and puts it into a map: what registering cannot beat. */
  @Benchmark
  public ModelPackage registerBaseline(Registries state) {
    int version = state.mapVersions.incrementAndGet();
    String arn = "arn:aws:sagemaker:us-east-1:000000000000:model-package/" + GROUP + "/" + version;
    ModelPackage built = TypicalPackages.packageFor(state.request, arn, version,
        Instant.now(state.clock));
    state.map.put(arn, built);
    return built;
  }

  @Benchmark
  public ModelPackage describe(Registries state) {
    return state.registry.describeModelPackage(state.randomArn());
  }

  @Benchmark
  public ModelPackage describeBaseline(Registries state) {
    return state.map.get(state.randomArn());
  }
}
