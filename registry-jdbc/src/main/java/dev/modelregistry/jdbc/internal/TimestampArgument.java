package dev.modelregistry.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Binds an instant to a {@code TIMESTAMP(6) WITH TIME ZONE} column as an {@code OffsetDateTime}
 * in UTC, truncated to microseconds: the precision both databases keep, so that the database never
 * rounds and the JVM's time zone plays no part.
 */
record TimestampArgument(Instant instant) implements Argument {

  static Instant stored(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  @Override
  public void apply(int position, PreparedStatement statement, StatementContext ctx)
      throws SQLException {
    statement.setObject(position, stored(instant).atOffset(ZoneOffset.UTC));
  }
}
