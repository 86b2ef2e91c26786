package dev.modelregistry.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks (JMH command-line options pass through, e.g. a name filter) and prints
 * Markdown: the machine, JDK, date and load; for each benchmark {@code x} that has a baseline
 * {@code xBaseline} measured in the same run, the medians and the ratio library / baseline (above
 * 1 is faster than the baseline, whatever the mode's unit) with issue #5's target where there is
 * one; and for the scaling benchmarks, what an operation costs on the large group relative to
 * the small one.
 *
 * <p>A PostgreSQL cluster is started here (unless one is given) and its URL handed to every fork.
 */
public final class RatioReport {
  private static final String SIZE = "groupSize";

  private RatioReport() {}

  /** A target of issue #5: a minimum ratio for the benchmarks whose label matches. */
  private record Target(Pattern label, double minimum) {
    static Target of(String regex, double minimum) {
      return new Target(Pattern.compile(regex), minimum);
    }
  }

  private static final List<Target> RATIO_TARGETS = List.of(
      Target.of("JdbcBenchmarks\\.registerOneGroup \\[backend=postgresql\\]", 0.7),
      Target.of("JdbcBenchmarks\\.register\\w* \\[backend=h2-.*", 0.5),
      Target.of("JdbcBenchmarks\\.register\\w* \\[backend=postgresql\\]", 0.8),
      Target.of("JdbcBenchmarks\\.describe .*", 0.5),
      Target.of("InMemoryBenchmarks\\.describe", 0.5),
      Target.of("InMemoryBenchmarks\\.register", 0.25),
      Target.of("BatchBenchmarks\\.registerBatch .*", 0.5));
  /** Scaling: the large group may cost at most this much more than the small one. */
  private static final double SCALING_MAXIMUM = 1.5;

  public static void main(String[] args) throws Exception {
    CommandLineOptions given = new CommandLineOptions(args);
    String load = loadAverage();
    ChainedOptionsBuilder options = new OptionsBuilder().parent(given);
    if (System.getProperty(BenchmarkPostgres.URL_PROPERTY) == null && needsPostgres(given)) {
      // Prepended: arguments appended here would replace the benchmarks' own @Fork arguments.
      List<String> jvmArgs = new ArrayList<>(given.getJvmArgsPrepend().orElse(List.of()));
      jvmArgs.add("-D" + BenchmarkPostgres.URL_PROPERTY + "=" + BenchmarkPostgres.url());
      jvmArgs.add("-D" + BenchmarkData.PROPERTY + "=" + BenchmarkData.directory());
      options.jvmArgsPrepend(jvmArgs.toArray(String[]::new));
    }
    Collection<RunResult> results = run(options.build());
    String report = header(load, loadAverage()) + ratios(results) + sameRows(results)
        + scaling(results);
    System.out.println();
    System.out.println(report);
    String file = System.getProperty("mr.bench.report");
    if (file != null) {
      Files.writeString(Path.of(file), report);
    }
  }

  private static boolean needsPostgres(CommandLineOptions options) {
    List<String> includes = options.getIncludes();
    org.openjdk.jmh.util.Optional<Collection<String>> backends = options.getParameter("backend");
    boolean excluded = backends.hasValue() && !backends.get().contains("postgresql");
    return !excluded && (includes.isEmpty() || includes.stream().anyMatch(include ->
        !include.contains("InMemory") && !include.contains("ColdStart")));
  }

  private static Collection<RunResult> run(Options options) throws RunnerException {
    return new Runner(options).run();
  }

  private static String header(String loadBefore, String loadAfter) {
    Runtime runtime = Runtime.getRuntime();
    return "Machine: " + cpuModel() + ", " + runtime.availableProcessors() + " cores, "
        + memory() + "; " + System.getProperty("os.name") + " " + System.getProperty("os.version")
        + "\nJDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
        + "\nDate: " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
        + "\nLoad average (1, 5, 15 min) before: " + loadBefore + "; after: " + loadAfter
        + "\nJVM arguments of the report: " + ManagementFactory.getRuntimeMXBean().getInputArguments()
        + "\n\n";
  }

  static String ratios(Collection<RunResult> results) {
    Map<String, RunResult> byLabel = byLabel(results);
    StringBuilder table = new StringBuilder(
        "| benchmark | threads | library (median) | baseline (median) | unit | ratio | target |\n"
            + "|---|---|---|---|---|---|---|\n");
    byLabel.forEach((label, library) -> {
      if (label.contains("Baseline") || label.contains(SIZE + "=")) {
        return;
      }
      RunResult baseline = byLabel.get(label.replaceFirst("^(\\S+)", "$1Baseline"));
      if (baseline == null) {
        return;
      }
      double lib = median(library);
      double base = median(baseline);
      double ratio = speedRatio(library, lib, base);
      table.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %.2f | %s |%n", label,
          library.getParams().getThreads(), number(lib), number(base),
          library.getPrimaryResult().getScoreUnit(), ratio, verdict(label, ratio)));
    });
    return table.append('\n').toString();
  }

  /**
   * For each {@code xSameRows} (hand-written JDBC writing the rows the library writes): the
   * library against it, which is the library's own cost, and it against the one-row baseline,
   * which is the cost of the rows themselves.
   */
  static String sameRows(Collection<RunResult> results) {
    Map<String, RunResult> byLabel = byLabel(results);
    StringBuilder table = new StringBuilder();
    byLabel.forEach((label, same) -> {
      if (!label.contains("SameRows")) {
        return;
      }
      RunResult library = byLabel.get(label.replace("SameRows", ""));
      RunResult baseline = byLabel.get(label.replace("SameRows", "Baseline"));
      if (library == null || baseline == null) {
        return;
      }
      if (table.length() == 0) {
        table.append("| benchmark | library (median) | same rows by hand (median) | one-row baseline "
                + "(median) | unit | library / same rows | same rows / baseline |\n")
            .append("|---|---|---|---|---|---|---|\n");
      }
      double lib = median(library);
      double rows = median(same);
      double base = median(baseline);
      table.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %.2f | %.2f |%n",
          label.replace("SameRows", ""), number(lib), number(rows), number(base),
          library.getPrimaryResult().getScoreUnit(), speedRatio(library, lib, rows),
          speedRatio(same, rows, base)));
    });
    return table.length() == 0 ? "" : table.append('\n').toString();
  }

  private static String verdict(String label, double ratio) {
    Optional<Target> target = RATIO_TARGETS.stream()
        .filter(t -> t.label().matcher(label).matches()).findFirst();
    return target.map(t -> String.format(Locale.ROOT, ">= %.2f %s", t.minimum(),
        ratio >= t.minimum() ? "met" : "MISSED")).orElse("");
  }

  /** Pairs each scaling benchmark's largest group with its smallest, other parameters equal. */
  private static String scaling(Collection<RunResult> results) {
    Map<String, RunResult> byLabel = byLabel(results);
    StringBuilder table = new StringBuilder();
    byLabel.forEach((label, large) -> {
      String size = large.getParams().getParam(SIZE);
      if (size == null || size.equals("1000")) {
        return;
      }
      RunResult small = byLabel.get(label.replace(SIZE + "=" + size, SIZE + "=1000"));
      if (small == null) {
        return;
      }
      if (table.length() == 0) {
        table.append("| benchmark | group of 1,000 (median) | group of ").append(size)
            .append(" (median) | unit | cost large / small | target |\n")
            .append("|---|---|---|---|---|---|\n");
      }
      double costRatio = 1 / speedRatio(large, median(large), median(small));
      boolean raw = label.contains("Raw ");
      table.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.2f | %s |%n",
          label.replace(", " + SIZE + "=" + size, "").replace(SIZE + "=" + size + ", ", ""),
          number(median(small)), number(median(large)), large.getPrimaryResult().getScoreUnit(),
          costRatio, raw ? "(database alone)" : String.format(Locale.ROOT, "<= %.1f %s",
              SCALING_MAXIMUM, costRatio <= SCALING_MAXIMUM ? "met" : "MISSED")));
    });
    return table.toString();
  }

  private static Map<String, RunResult> byLabel(Collection<RunResult> results) {
    Map<String, RunResult> byLabel = new TreeMap<>();
    for (RunResult result : results) {
      List<String> params = new ArrayList<>();
      for (String key : result.getParams().getParamsKeys()) {
        params.add(key + "=" + result.getParams().getParam(key));
      }
      String[] name = result.getParams().getBenchmark().split("\\.");
      String label = name[name.length - 2] + "." + name[name.length - 1]
          + (params.isEmpty() ? "" : " [" + String.join(", ", params) + "]");
      byLabel.put(label, result);
    }
    return byLabel;
  }

  private static double median(RunResult result) {
    return result.getPrimaryResult().getStatistics().getPercentile(50);
  }

  /** Library speed relative to the baseline: above 1 is faster, whatever the mode's unit. */
  private static double speedRatio(RunResult library, double lib, double base) {
    boolean timePerOp = library.getPrimaryResult().getScoreUnit().contains("/op");
    return timePerOp ? base / lib : lib / base;
  }

  private static String number(double value) {
    return value >= 100
        ? String.format(Locale.ROOT, "%,.0f", value)
        : String.format(Locale.ROOT, "%.2f", value);
  }

  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0] + ", " + fields[1] + ", " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).trim())
          .findFirst().orElse(System.getProperty("os.arch"));
    } catch (IOException | RuntimeException e) {
      return System.getProperty("os.arch");
    }
  }

  private static String memory() {
    try {
      return Files.readAllLines(Path.of("/proc/meminfo")).stream()
          .filter(line -> line.startsWith("MemTotal"))
          .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 / 1024 + " GiB RAM")
          .findFirst().orElse("");
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }
}
