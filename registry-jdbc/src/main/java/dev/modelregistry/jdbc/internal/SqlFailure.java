package dev.modelregistry.jdbc.internal;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a database error means to the store, read from SQL states and H2 error codes. */
enum SqlFailure {
  /** The transaction lost a race (serialization failure, deadlock, lock timeout): run it again. */
  TRANSIENT,
  /** A unique constraint was violated: the caller decides whether that is a race to retry. */
  UNIQUE_VIOLATION,
  /** An H2 file is open in another process. */
  IN_USE,
  /** Anything else: the storage failed. */
  OTHER;

  private static final Set<String> TRANSIENT_STATES = Set.of(
      "40001", // serialization failure (PostgreSQL, H2 deadlock)
      "40P01", // PostgreSQL deadlock detected
      "55P03", // PostgreSQL lock not available
      "HYT00"); // H2 lock timeout
  private static final int H2_CONCURRENT_UPDATE = 90131;
  private static final int H2_DATABASE_ALREADY_OPEN = 90020;
  private static final int H2_LOCK_TIMEOUT = 50200;

  static SqlFailure of(Throwable failure) {
    Optional<SQLException> sql = sqlException(failure);
    if (sql.isEmpty()) {
      return OTHER;
    }
    for (SQLException e = sql.get(); e != null; e = e.getNextException()) {
      SqlFailure kind = classify(e.getSQLState(), e.getErrorCode());
      if (kind != OTHER) {
        return kind;
      }
    }
    return OTHER;
  }

  private static SqlFailure classify(@Nullable String state, int code) {
    if (code == H2_DATABASE_ALREADY_OPEN) {
      return IN_USE;
    }
    if ("23505".equals(state)) {
      return UNIQUE_VIOLATION;
    }
    if ((state != null && TRANSIENT_STATES.contains(state))
        || code == H2_CONCURRENT_UPDATE || code == H2_LOCK_TIMEOUT) {
      return TRANSIENT;
    }
    return OTHER;
  }

  /** Returns the first SQL exception in a cause chain. */
  static Optional<SQLException> sqlException(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException e) {
        return Optional.of(e);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }
}
