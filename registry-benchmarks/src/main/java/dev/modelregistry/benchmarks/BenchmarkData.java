package dev.modelregistry.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where benchmarks keep databases: {@code -Dmr.bench.data=<dir>}, default {@code benchmark-data}
 * in the working directory. The PostgreSQL cluster and the million-package databases stay there
 * between runs (building them takes minutes); everything else is made and removed per trial.
 */
final class BenchmarkData {
  static final String PROPERTY = "mr.bench.data";

  private BenchmarkData() {}

  static Path directory() {
    Path directory = Path.of(System.getProperty(PROPERTY, "benchmark-data")).toAbsolutePath();
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return directory;
  }

  /** Returns a new, empty directory for one trial's files. */
  static Path newTrialDirectory(String name) {
    try {
      Path trials = directory().resolve("trials");
      Files.createDirectories(trials);
      return Files.createTempDirectory(trials, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
