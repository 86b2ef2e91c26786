package dev.modelregistry.benchmarks;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.Page;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageSummary;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.api.request.ListModelPackagesRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Flat scaling: the same operations on a group of 1,000 and on a group of 1,000,000 packages,
 * both in one persistent database per backend ({@code <data>/scaling-h2} and the schema
 * {@code scaling} of the run's PostgreSQL cluster), built once with raw batches
 * ({@link GroupLoader}) and reused by later runs. The report divides the cost on the large group
 * by the cost on the small one. Reads pick uniformly random versions of the whole group; the raw
 * baselines run too, to show what the database itself does at each size. Each trial starts with
 * the database's files in the operating system's cache ({@link OsFileCache}: the H2 file, or the
 * files of the PostgreSQL schema's tables and indexes), so that no benchmark pays for the disk on
 * behalf of the ones after it.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
// The heap is touched at start: first-touch page faults of a fresh 4 GiB heap kept early
// iterations here up to eight times slower (README, "Noise").
@Fork(value = 1, jvmArgsAppend = {
    "-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch", "-XX:+UseTransparentHugePages"})
public class ScalingBenchmarks {

  /** The group a trial works on, in the persistent database of its backend. */
  @State(Scope.Benchmark)
  public static class Group {
    @Param({"h2-file", "postgresql"})
    public String backend;

    @Param({"1000", "1000000"})
    public int groupSize;

    BenchDatabase database;
    ModelRegistry registry;
    String name;
    CreateModelPackageRequest request;
    PageTokenForge tokens;

    @Setup(Level.Trial)
    public void open() {
      String storeName = backend.equals("h2-file") ? "scaling-h2" : "scaling";
      database = BenchDatabase.persistent(backend, storeName);
      registry = database.registry();
      for (int size : new int[] {1_000, 1_000_000}) {
        double seconds = GroupLoader.load(database, groupName(size), size);
        if (seconds > 5) {
          System.out.printf("# built group %s (%d packages) on %s in %.0f s%n", groupName(size),
              size, backend, seconds);
        }
      }
      if (backend.equals("h2-file")) {
        OsFileCache.warm(BenchmarkData.directory().resolve(storeName));
      } else {
        warmPostgresFiles(storeName);
      }
      name = groupName(groupSize);
      request = TypicalPackages.request(name);
      String issued = registry.listModelPackages(listRequest(name, null)).nextToken().orElseThrow();
      tokens = new PageTokenForge(issued);
    }

    /**
     * Reads the files of the schema's tables and indexes into the OS cache, when the server's data
     * directory is on this machine and readable (the run's own cluster, read as root).
     */
    private void warmPostgresFiles(String schema) {
      List<Path> files = new ArrayList<>();
      try (Connection connection = database.connect();
          PreparedStatement query = connection.prepareStatement("""
              SELECT current_setting('data_directory'), pg_relation_filepath(c.oid)
                FROM pg_class c
               WHERE c.relnamespace = CAST(? AS regnamespace) AND c.relkind IN ('r', 'i')""")) {
        query.setString(1, schema);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            files.add(Path.of(rows.getString(1)).resolve(rows.getString(2)));
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      for (Path file : files) {
        // PostgreSQL splits a relation into 1 GB segments: file, file.1, file.2, ...
        for (int segment = 0; ; segment++) {
          Path part = segment == 0 ? file : Path.of(file + "." + segment);
          if (!Files.isReadable(part)) {
            if (segment == 0) {
              System.out.println("# not warming PostgreSQL's files: cannot read " + part);
              return;
            }
            break;
          }
          OsFileCache.warm(part);
        }
      }
    }

    static String groupName(int size) {
      return "scale-" + size;
    }

    /** Removes what the trial registered, so that the groups keep their sizes between runs. */
    @TearDown(Level.Trial)
    public void close() {
      try (Connection connection = database.connect();
          PreparedStatement delete = connection.prepareStatement("DELETE FROM "
              + database.table("model_package") + " WHERE group_name = ? AND package_version > ?")) {
        delete.setString(1, name);
        delete.setInt(2, groupSize);
        delete.executeUpdate();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      } finally {
        database.close();
      }
    }

    int randomVersion() {
      return ThreadLocalRandom.current().nextInt(groupSize) + 1;
    }
  }

  /** A raw connection per benchmark thread. */
  @State(Scope.Thread)
  public static class Raw {
    RawRegistry raw;

    @Setup(Level.Trial)
    public void open(Group group) {
      raw = new RawRegistry(group.database);
    }

    @TearDown(Level.Trial)
    public void close() {
      raw.close();
    }
  }

  static ListModelPackagesRequest listRequest(String group, String token) {
    return ListModelPackagesRequest.builder()
        .modelPackageGroupName(group)
        .maxResults(50)
        .nextToken(Optional.ofNullable(token))
        .build();
  }

  @Benchmark
  public ModelPackage describe(Group group) {
    return group.registry.describeModelPackage(
        RawRegistry.ARN_PREFIX + group.name + "/" + group.randomVersion());
  }

  @Benchmark
  public ModelPackage describeRaw(Group group, Raw raw) {
    return raw.raw.describe(group.name, group.randomVersion());
  }

  @Benchmark
  public Page<ModelPackageSummary> listPage(Group group) {
    int after = ThreadLocalRandom.current().nextInt(group.groupSize - 50);
    return group.registry.listModelPackages(
        listRequest(group.name, group.tokens.after(group.name, after)));
  }

  @Benchmark
  public List<ModelPackage> listPageRaw(Group group, Raw raw) {
    return raw.raw.page(group.name, ThreadLocalRandom.current().nextInt(group.groupSize - 50));
  }

  @Benchmark
  public Optional<ModelPackage> latestApproved(Group group) {
    return group.registry.findLatestApprovedModelPackage(group.name);
  }

  @Benchmark
  public Optional<ModelPackage> latestApprovedRaw(Group group, Raw raw) {
    return raw.raw.latestApproved(group.name);
  }

  @Benchmark
  public ModelPackage register(Group group) {
    return group.registry.createModelPackage(group.request);
  }

  @Benchmark
  public ModelPackage registerRaw(Group group, Raw raw) {
    return raw.raw.register(group.name, group.request);
  }
}
