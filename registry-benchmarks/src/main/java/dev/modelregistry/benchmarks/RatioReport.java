package dev.modelregistry.benchmarks;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks (JMH command-line options pass through, e.g. a name filter) and prints,
 * for each benchmark {@code x} that has a baseline {@code xBaseline} measured in the same run,
 * the median of each and the ratio library / baseline as a Markdown table.
 */
public final class RatioReport {
  private RatioReport() {}

  public static void main(String[] args) throws Exception {
    Options options = new OptionsBuilder().parent(new CommandLineOptions(args)).build();
    print(run(options));
  }

  private static Collection<RunResult> run(Options options) throws RunnerException {
    return new Runner(options).run();
  }

  private static void print(Collection<RunResult> results) {
    Map<String, RunResult> byName = new TreeMap<>();
    for (RunResult result : results) {
      String label = result.getParams().getBenchmark();
      String params = result.getParams().getParamsKeys().stream()
          .map(key -> key + "=" + result.getParams().getParam(key))
          .reduce((a, b) -> a + "," + b)
          .map(p -> " [" + p + "]")
          .orElse("");
      byName.put(label + params, result);
    }
    System.out.println();
    System.out.println("| benchmark | threads | library (median) | baseline (median) | unit | ratio |");
    System.out.println("|---|---|---|---|---|---|");
    byName.forEach((name, library) -> {
      if (name.contains("Baseline")) {
        return;
      }
      String baselineName = name.replaceFirst("(\\.[a-zA-Z0-9]+)( \\[|$)", "$1Baseline$2");
      RunResult baseline = byName.get(baselineName);
      if (baseline == null) {
        return;
      }
      double lib = median(library);
      double base = median(baseline);
      System.out.printf("| %s | %d | %.1f | %.1f | %s | %.2f |%n",
          shortName(name),
          library.getParams().getThreads(), lib, base,
          library.getPrimaryResult().getScoreUnit(), ratio(library, lib, base));
    });
  }

  private static String shortName(String name) {
    String head = name.contains(" ") ? name.substring(0, name.indexOf(' ')) : name;
    String tail = name.contains(" ") ? name.substring(name.indexOf(' ')) : "";
    String[] parts = head.split("\\.");
    return parts[parts.length - 2] + "." + parts[parts.length - 1] + tail;
  }

  private static double median(RunResult result) {
    return result.getPrimaryResult().getStatistics().getPercentile(50);
  }

  /** Library speed relative to the baseline: above 1 is faster, whatever the mode's unit. */
  private static double ratio(RunResult library, double lib, double base) {
    String unit = library.getPrimaryResult().getScoreUnit();
    boolean timePerOp = unit.contains("/op");
    return timePerOp ? base / lib : lib / base;
  }
}
