package dev.modelregistry.jdbc.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One lock per H2 database in this JVM, held around every write transaction of the stores on it.
 *
 * <p>Why: H2's MVStore wakes the transactions waiting for a committing transaction's rows before
 * that commit is marked in its undo log, and writes the file at commit only if no other thread is
 * writing it at that moment ({@code tryLock}). Two writers of one group can so end up with the
 * later transaction in the file and the earlier one, already acknowledged, only in memory; a kill
 * then loses it and leaves a gap in the versions (seen in this module's crash test, with
 * {@code WRITE_DELAY=0}). With one writer at a time each commit is in the file before the next
 * transaction starts. It costs little: writers of one group queue on its row anyway, and an H2
 * file is written by one thread at a time.
 */
final class H2WriteLocks {
  private static final ConcurrentMap<String, Lock> LOCKS = new ConcurrentHashMap<>();

  private H2WriteLocks() {}

  /** Returns the lock of the database at a JDBC URL (its settings after ';' ignored). */
  static Lock of(String url) {
    int settings = url.indexOf(';');
    String database = settings < 0 ? url : url.substring(0, settings);
    return LOCKS.computeIfAbsent(database, key -> new ReentrantLock());
  }
}
