package dev.modelregistry.server.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures what this JVM logs through {@code java.util.logging} (where the server's
 * {@code System.Logger} and Jetty's SLF4J go) while it is open: everything of the server's own
 * loggers down to the finest level, and what other loggers (Jetty's among them) let through at
 * their configured levels.
 */
public final class CapturedLog implements AutoCloseable {
  private static final List<String> VERBOSE = List.of("dev.modelregistry");

  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Logger root = Logger.getLogger("");
  private final List<Logger> verbose = VERBOSE.stream().map(Logger::getLogger).toList();
  private final List<Level> previousLevels = verbose.stream().map(Logger::getLevel).toList();
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord record) {
      records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  private CapturedLog() {
    handler.setLevel(Level.ALL);
    root.addHandler(handler);
    verbose.forEach(logger -> logger.setLevel(Level.ALL));
  }

  /** Starts capturing. */
  public static CapturedLog start() {
    return new CapturedLog();
  }

  /** Returns what was logged so far. */
  public List<LogRecord> records() {
    return List.copyOf(records);
  }

  @Override
  public void close() {
    root.removeHandler(handler);
    for (int i = 0; i < verbose.size(); i++) {
      verbose.get(i).setLevel(previousLevels.get(i));
    }
  }
}
