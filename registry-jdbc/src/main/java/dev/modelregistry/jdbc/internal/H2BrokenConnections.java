package dev.modelregistry.jdbc.internal;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.util.Set;

/**
 * Tells HikariCP which H2 errors end a connection for good, so that the pool drops it instead of
 * handing it out again. HikariCP knows the SQL states of broken connections ({@code 08...}); H2
 * reports them with codes of its own. On a file in server mode ({@code AUTO_SERVER=TRUE}), when
 * the process that serves the file exits, every connection of the other processes answers
 * "database is already closed" from then on; only a new connection takes the file over (or finds
 * the next process serving it).
 */
public final class H2BrokenConnections implements SQLExceptionOverride {
  private static final Set<Integer> BROKEN = Set.of(
      90067, // CONNECTION_BROKEN_1: the server's side of the connection is gone
      90098, // DATABASE_IS_CLOSED
      90121); // DATABASE_CALLED_AT_SHUTDOWN: the serving process closed the database as it exited

  @java.lang.Override
  public Override adjudicate(SQLException failure) {
    return BROKEN.contains(failure.getErrorCode()) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
  }
}
