package dev.modelregistry.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs a few benchmark pairs for a fraction of a second each, in this JVM, so that the build
 * notices a benchmark or a report that broke; the real runs are the README's command. The reads'
 * groups are smaller here (the benchmarks read {@code mr.bench.preloaded} when their class loads).
 */
class BenchmarksSmokeTest {

  @Test
  @DisplayName("in-memory and H2 describe pairs run, and the report pairs each with its baseline")
  void pairsRunAndReport() throws RunnerException {
    // In this JVM (no forks): the groups the reads run on hold 1,000 packages instead of 10,000.
    System.setProperty("mr.bench.preloaded", "1000");
    Collection<RunResult> results = new Runner(new OptionsBuilder()
        .include("(InMemoryBenchmarks|JdbcBenchmarks)\\.describe(Baseline)?$")
        .param("backend", "h2-memory")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(200))
        .timeUnit(TimeUnit.SECONDS)
        .build()).run();

    assertThat(results).hasSize(4)
        .allSatisfy(result -> assertThat(result.getPrimaryResult().getScore()).isPositive());
    String report = RatioReport.ratios(results);
    assertThat(report)
        .contains("| InMemoryBenchmarks.describe | 1 |")
        .contains("| JdbcBenchmarks.describe [backend=h2-memory] | 1 |")
        .contains(">= 0.50");
  }
}
