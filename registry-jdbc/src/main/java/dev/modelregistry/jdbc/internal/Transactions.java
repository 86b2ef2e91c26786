package dev.modelregistry.jdbc.internal;

import dev.modelregistry.api.StorageException;
import dev.modelregistry.jdbc.RegistryInUseException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Runs each store operation as one transaction on a pooled connection (READ COMMITTED, the
 * databases' and pools' default, so no statement per transaction goes to setting it), and runs
 * it again, a bounded number of times, when it lost a race (serialization failure, deadlock, lock
 * timeout). Database errors leave as the registry's exceptions with the cause kept; exceptions
 * thrown by the work itself (the registry's callbacks, the store's own not-found errors) leave
 * unchanged, after a rollback.
 *
 * <p>Plain JDBC rather than Jdbi handles: opening and closing a handle per operation (copying its
 * configuration) was 15% of the client's CPU time for a registration on PostgreSQL.
 */
final class Transactions {
  private final DataSource dataSource;
  private final int maxAttempts;
  private final @Nullable Lock writeLock;
  private volatile boolean closed;

  /** Work on a connection; SQL failures may leave as {@link SQLException}. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * @param writeLock held around every write transaction, or null: see {@link H2WriteLocks}
   */
  Transactions(DataSource dataSource, int maxAttempts, @Nullable Lock writeLock) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
    this.dataSource = dataSource;
    this.maxAttempts = maxAttempts;
    this.writeLock = writeLock;
  }

  int maxAttempts() {
    return maxAttempts;
  }

  /** Refuses every later operation with a {@link StorageException}; the pool is the owner's. */
  void close() {
    closed = true;
  }

  private void requireOpen() {
    if (closed) {
      throw new StorageException("The registry store is closed",
          new IllegalStateException("the store was closed"));
    }
  }

  /**
   * Runs {@code work} in a transaction.
   *
   * @throws StorageException if the database failed, or still lost races after every attempt
   */
  <T> T inTransaction(String operation, Work<T> work) {
    try {
      return inTransactionOrDuplicate(operation, work);
    } catch (DuplicateKeyException e) {
      throw new StorageException(
          Secrets.redact("The registry could not " + operation + ": " + e.getMessage()),
          Secrets.redact(e.getCause()));
    }
  }

  /**
   * Runs {@code work} in a transaction, for callers that resolve unique-key collisions.
   *
   * @throws DuplicateKeyException if a unique constraint stopped it (rolled back)
   * @throws StorageException if the database failed, or still lost races after every attempt
   */
  <T> T inTransactionOrDuplicate(String operation, Work<T> work) {
    for (int attempt = 1; ; attempt++) {
      Exception failed;
      if (writeLock != null) {
        writeLock.lock();
      }
      try {
        return transaction(work);
      } catch (SQLException | SqlStatement.StatementFailedException e) {
        failed = e;
      } finally {
        if (writeLock != null) {
          writeLock.unlock();
        }
      }
      SqlFailure failure = SqlFailure.of(failed);
      if (failure != SqlFailure.TRANSIENT || attempt >= maxAttempts) {
        throw translate(operation, failed, failure, attempt);
      }
      pause(attempt);
    }
  }

  private <T> T transaction(Work<T> work) throws SQLException {
    requireOpen();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        try {
          connection.rollback();
        } catch (SQLException rollbackFailed) {
          e.addSuppressed(rollbackFailed);
        }
        throw e;
      } finally {
        restoreAutoCommit(connection);
      }
    }
  }

  /** Hands the connection back as it came (pools reset it too; a broken one is the pool's). */
  private static void restoreAutoCommit(Connection connection) {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      // The connection failed; the pool retires it, and the operation's own error is reported.
    }
  }

  /**
   * Runs reads in auto-commit mode: each statement sees what was committed when it started, and
   * no commit round trip is needed.
   *
   * @throws StorageException if the database failed
   */
  <T> T read(String operation, Work<T> work) {
    requireOpen();
    for (int attempt = 1; ; attempt++) {
      Exception failed;
      try (Connection connection = dataSource.getConnection()) {
        return work.run(connection);
      } catch (SQLException | SqlStatement.StatementFailedException e) {
        failed = e;
      }
      SqlFailure failure = SqlFailure.of(failed);
      if (failure == SqlFailure.TRANSIENT && attempt < maxAttempts) {
        pause(attempt);
        continue;
      }
      throw translate(operation, failed,
          failure == SqlFailure.UNIQUE_VIOLATION ? SqlFailure.OTHER : failure, attempt);
    }
  }

  /** Turns a database error into the exception the registry's caller sees. */
  static RuntimeException translate(
      String operation, Exception e, SqlFailure failure, int attempts) {
    return switch (failure) {
      case UNIQUE_VIOLATION -> new DuplicateKeyException(e);
      case IN_USE -> inUse(e);
      case TRANSIENT -> new StorageException("The registry could not " + operation + " after "
          + attempts + " attempts that lost races with other transactions", Secrets.redact(e));
      case OTHER -> new StorageException(
          Secrets.redact("The registry could not " + operation + ": " + e.getMessage()),
          Secrets.redact(e));
    };
  }

  static RegistryInUseException inUse(Throwable cause) {
    return new RegistryInUseException("The registry's H2 file is open in another process. An H2 "
        + "file in embedded mode belongs to one process at a time. To share a registry between "
        + "processes, use PostgreSQL (JdbcRegistryStore.builder(\"jdbc:postgresql://...\")), or open "
        + "the H2 file in server mode with AUTO_SERVER=TRUE in its JDBC URL.",
        Secrets.redact(cause));
  }

  /** Waits a little before the next attempt, longer each time, jittered so racers spread out. */
  private static void pause(int attempt) {
    long maxMicros = Math.min(50_000L, 200L << Math.min(attempt, 8));
    LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(maxMicros) * 1_000L);
  }
}
