package dev.modelregistry.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What the hand-written baselines share: one plain connection, opened once; the version counter
 * update, prepared once; and the rollback after a failed transaction. Not thread-safe: one per
 * thread.
 */
abstract class HandWrittenJdbc implements AutoCloseable {
  protected final Connection connection;
  private final PreparedStatement allocate;

  protected HandWrittenJdbc(BenchDatabase database) {
    this.connection = database.connect();
    String groups = database.table("model_package_group");
    try {
      allocate = connection.prepareStatement(database.isPostgres()
          ? "UPDATE " + groups + " SET last_version = last_version + ? WHERE group_name_lower = ?"
              + " RETURNING group_name, last_version"
          : "SELECT group_name, last_version FROM FINAL TABLE (UPDATE " + groups
              + " SET last_version = last_version + ? WHERE group_name_lower = ?)");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Takes {@code count} versions from a group's counter with one locking update, in the caller's
   * transaction; returns the last of them.
   */
  protected final int allocate(String groupNameLower, int count) throws SQLException {
    allocate.setInt(1, count);
    allocate.setString(2, groupNameLower);
    try (ResultSet row = allocate.executeQuery()) {
      if (!row.next()) {
        throw new IllegalStateException("no group " + groupNameLower);
      }
      return row.getInt(2);
    }
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
