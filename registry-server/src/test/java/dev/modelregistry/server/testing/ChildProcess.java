package dev.modelregistry.server.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a child process to completion, capturing its output; fails the test if it hangs. */
public final class ChildProcess {
  private static final Duration TIMEOUT = Duration.ofSeconds(90);

  private ChildProcess() {}

  /** What the process did. */
  public record Result(List<String> command, int exitCode, String stdout, String stderr) {

    /** Returns stdout, or fails with everything the process said if it did not exit with 0. */
    public String stdoutIfSucceeded() {
      if (exitCode != 0) {
        throw new AssertionError(command + " exited with " + exitCode + "\nstdout:\n" + stdout
            + "\nstderr:\n" + stderr);
      }
      return stdout;
    }
  }

  /** Runs {@code command} with exactly {@code environment}. */
  public static Result run(List<String> command, Map<String, String> environment) {
    return run(command, environment, Path.of("."));
  }

  /** Runs {@code command} with exactly {@code environment} in {@code workingDirectory}. */
  public static Result run(List<String> command, Map<String, String> environment,
      Path workingDirectory) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
    builder.environment().clear();
    builder.environment().putAll(environment);
    try {
      Process process = builder.redirectInput(ProcessBuilder.Redirect.PIPE).start();
      process.getOutputStream().close();
      CompletableFuture<String> stdout = readAsync(process.getInputStream());
      CompletableFuture<String> stderr = readAsync(process.getErrorStream());
      if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(command + " did not finish within " + TIMEOUT);
      }
      return new Result(command, process.exitValue(), stdout.join(), stderr.join());
    } catch (IOException cannotStart) {
      throw new UncheckedIOException("cannot run " + command, cannotStart);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running " + command, interrupted);
    }
  }

  private static CompletableFuture<String> readAsync(InputStream stream) {
    return CompletableFuture.supplyAsync(() -> {
      try (stream) {
        return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException failed) {
        throw new UncheckedIOException(failed);
      }
    });
  }
}
