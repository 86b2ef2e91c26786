package dev.modelregistry.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What the hand-written baselines share: one plain connection, opened once, and the rollback
 * after a failed transaction. Not thread-safe: one per thread.
 */
abstract class HandWrittenJdbc implements AutoCloseable {
  protected final Connection connection;

  protected HandWrittenJdbc(BenchDatabase database) {
    this.connection = database.connect();
  }

  /** Rolls the transaction back and returns the failure to throw. */
  protected final IllegalStateException rollback(Exception e) {
    try {
      connection.rollback();
      connection.setAutoCommit(true);
    } catch (SQLException suppressed) {
      e.addSuppressed(suppressed);
    }
    return new IllegalStateException(e);
  }

  @Override
  public final void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // Closing at the end of a trial: nothing to do about it.
    }
  }
}
