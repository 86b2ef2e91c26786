package dev.modelregistry.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/**
 * Reads a database's files once so that the operating system caches them. Without it, the first
 * benchmark of a run on a million-package database read it from the disk and the benchmarks
 * after it found it cached: the library's {@code describe}, which runs before the raw
 * {@code describeRaw}, paid for the disk on behalf of both.
 */
final class OsFileCache {
  private static final int BUFFER = 1 << 20;

  private OsFileCache() {}

  /** Reads {@code root} if it is a file, or every regular file under it; returns the bytes read. */
  static long warm(Path root) {
    ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER);
    long total = 0;
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path file : paths.filter(Files::isRegularFile).toList()) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
          int read;
          while ((read = channel.read(buffer)) >= 0) {
            total += read;
            buffer.clear();
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + root, e);
    }
    return total;
  }
}
