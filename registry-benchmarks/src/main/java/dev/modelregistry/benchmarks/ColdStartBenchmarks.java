package dev.modelregistry.benchmarks;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.core.ModelRegistries;
import dev.modelregistry.jdbc.JdbcRegistryStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A cold JVM that opens an existing embedded registry and describes one package, timed as a
 * whole process (JVM start, class loading, opening and validating the schema, the read, exit),
 * against a process that opens the same H2 file with plain JDBC and selects the row.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 10)
@Fork(1)
public class ColdStartBenchmarks {

  /** An embedded registry on disk holding one package. */
  @State(Scope.Benchmark)
  public static class Registry {
    Path directory;

    @Setup(Level.Trial)
    public void create() {
      directory = BenchmarkData.newTrialDirectory("cold-");
      try (JdbcRegistryStore store = JdbcRegistryStore.embedded(directory)) {
        ModelRegistry registry = ModelRegistries.builder(store).build();
        registry.createModelPackageGroup(CreateModelPackageGroupRequest.builder()
            .modelPackageGroupName(ColdStart.GROUP).build());
        registry.createModelPackage(TypicalPackages.request(ColdStart.GROUP));
      }
    }

    @TearDown(Level.Trial)
    public void delete() {
      BenchmarkData.deleteTree(directory);
    }
  }

  @Benchmark
  public String openAndDescribe(Registry registry) throws IOException, InterruptedException {
    return run("library", registry.directory);
  }

  @Benchmark
  public String openAndDescribeBaseline(Registry registry)
      throws IOException, InterruptedException {
    return run("raw", registry.directory);
  }

  private static String run(String mode, Path directory) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        ColdStart.class.getName(), mode, directory.toString()))
        .redirectErrorStream(true)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException(mode + " failed: " + output);
    }
    return output;
  }
}
