package dev.modelregistry.jdbc.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A child JVM running {@link RegistrationChild} (or another main class), with the lines it printed. */
final class ChildJvm implements AutoCloseable {
  private final Process process;
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Thread reader;

  private ChildJvm(Process process) {
    this.process = process;
    this.reader = new Thread(this::read, "child-" + process.pid());
    reader.setDaemon(true);
    reader.start();
  }

  static ChildJvm start(String... args) throws IOException {
    return start(RegistrationChild.class, args);
  }

  /** Starts a child JVM running {@code main}'s main method with these arguments. */
  static ChildJvm start(Class<?> main, String... args) throws IOException {
    return startWithClassPath(System.getProperty("java.class.path"), main, args);
  }

  /** Starts a child JVM running {@code main}'s main method on another class path. */
  static ChildJvm startWithClassPath(String classPath, Class<?> main, String... args)
      throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-Xshare:auto",
        "-cp", classPath,
        main.getName()));
    command.addAll(List.of(args));
    return new ChildJvm(new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start());
  }

  private void read() {
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        lines.add(line);
      }
    } catch (IOException e) {
      // The child was killed: its output ends here.
    }
  }

  /** Writes a line to the child's standard input. */
  void send(String line) throws IOException {
    process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().flush();
  }

  /** Returns the lines printed so far. */
  List<String> lines() {
    return List.copyOf(lines);
  }

  /** Waits (polling the child) until at least {@code count} lines match, or the child exits. */
  void awaitLines(Predicate<String> matching, int count, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (lines.stream().filter(matching).count() < count) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new AssertionError("child " + process.pid() + " printed only "
            + lines.stream().filter(matching).count() + " of " + count + " lines (alive: "
            + process.isAlive() + "); last lines: " + tail());
      }
      Thread.sleep(5);
    }
  }

  /** Waits for the child to exit by itself and for its output to be read. */
  int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("child " + process.pid() + " did not finish; last lines: " + tail());
    }
    reader.join(timeout.toMillis());
    return process.exitValue();
  }

  /** Kills the child with SIGKILL, mid-whatever, and waits until it is gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
    reader.join(10_000);
  }

  private List<String> tail() {
    List<String> all = lines();
    return all.subList(Math.max(0, all.size() - 5), all.size());
  }

  /** Kills the child if it still runs, without waiting for it. */
  @Override
  public void close() {
    process.destroyForcibly();
  }
}
