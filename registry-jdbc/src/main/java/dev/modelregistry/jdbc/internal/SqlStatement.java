package dev.modelregistry.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * One statement of the store, written with named parameters ({@code :group_name}) and run with
 * plain JDBC. Jdbi's per-statement machinery (argument factories, statement context, mappers) was
 * a third of a registration's time on H2 in memory, more than the database's own work for the
 * package row, so the store's statements do without it. Values are strings, ints, longs or instants;
 * {@code null} binds a null string, {@link #NULL_INTEGER} a null integer. A failure leaves as a {@link StatementFailedException} with
 * the {@link SQLException} as its cause.
 */
final class SqlStatement {
  private static final ConcurrentMap<String, Parsed> PARSED = new ConcurrentHashMap<>();

  /**
   * Rows per multi-row insert: enough that per-statement work is a small share, few enough that
   * the statement stays short and PostgreSQL's parameter limit is far.
   */
  static final int ROWS_PER_INSERT = 100;

  /** The most parameters one statement may have: PostgreSQL counts them in 16 bits. */
  static final int MAX_PARAMETERS = 32_767;

  /**
   * A null integer: bound as a typed NULL, since PostgreSQL refuses a null string for an integer
   * column.
   */
  static final Object NULL_INTEGER = new Object() {
    @Override
    public String toString() {
      return "NULL_INTEGER";
    }
  };

  private final Connection connection;
  private final Parsed parsed;
  private final @Nullable Object[] values;
  private final List<@Nullable Object[]> batch = new ArrayList<>();

  private SqlStatement(Connection connection, String sql) {
    this.connection = connection;
    this.parsed = PARSED.computeIfAbsent(sql, Parsed::of);
    this.values = new Object[parsed.names().size()];
  }

  /** Returns a statement to bind and run on a connection. */
  static SqlStatement of(Connection connection, String sql) {
    return new SqlStatement(connection, sql);
  }

  /**
   * Binds every parameter of that name (a string, an int, a long, an instant, or null).
   *
   * @throws IllegalArgumentException if the statement has no such parameter
   */
  SqlStatement bind(String name, @Nullable Object value) {
    if (!bindIfPresent(name, value)) {
      throw new IllegalArgumentException("no parameter :" + name + " in " + parsed.jdbcSql());
    }
    return this;
  }

  /** Binds every parameter of that name; returns whether there was one. */
  boolean bindIfPresent(String name, @Nullable Object value) {
    boolean found = false;
    List<String> names = parsed.names();
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equals(name)) {
        values[i] = value;
        found = true;
      }
    }
    return found;
  }

  /** Keeps the values bound so far as one row of a batch; the next row starts from them. */
  SqlStatement add() {
    batch.add(values.clone());
    return this;
  }

  /** Runs an update; returns the row count. */
  int execute() {
    try (PreparedStatement statement = prepare()) {
      bindAll(statement, values);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /**
   * Runs an insert and returns the value the database generated for {@code column} (an identity).
   */
  long executeReturningKey(String column) {
    try (PreparedStatement statement =
        connection.prepareStatement(parsed.jdbcSql(), new String[] {column})) {
      bindAll(statement, values);
      statement.executeUpdate();
      try (ResultSet keys = statement.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new SQLException("no generated " + column + " returned");
        }
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /**
   * Runs the rows added. A single-row {@code INSERT ... VALUES (...)} runs as multi-row inserts of
   * up to {@value #ROWS_PER_INSERT} rows each: PostgreSQL executes each statement of a JDBC batch
   * on its own, and per-statement work was most of a bulk import's time there. Other statements
   * run as one JDBC batch.
   */
  void executeBatch() {
    if (batch.isEmpty()) {
      return;
    }
    if (batch.size() > 1 && parsed.valuesTuple() != null) {
      executeMultiRow();
      return;
    }
    try (PreparedStatement statement = prepare()) {
      for (Object[] row : batch) {
        bindAll(statement, row);
        statement.addBatch();
      }
      statement.executeBatch();
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private void executeMultiRow() {
    int perRow = parsed.names().size();
    // At least one row: a row wider than the limit fails in the database, with its own message.
    int rowsPerInsert =
        Math.max(1, Math.min(ROWS_PER_INSERT, MAX_PARAMETERS / Math.max(1, perRow)));
    int full = batch.size() / rowsPerInsert;
    int rest = batch.size() % rowsPerInsert;
    try {
      if (full > 0) {
        try (PreparedStatement statement =
            connection.prepareStatement(parsed.multiRowSql(rowsPerInsert))) {
          for (int chunk = 0; chunk < full; chunk++) {
            bindRows(statement, chunk * rowsPerInsert, rowsPerInsert, perRow);
            statement.addBatch();
          }
          statement.executeBatch();
        }
      }
      if (rest > 0) {
        try (PreparedStatement statement =
            connection.prepareStatement(parsed.multiRowSql(rest))) {
          bindRows(statement, full * rowsPerInsert, rest, perRow);
          statement.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private void bindRows(PreparedStatement statement, int first, int count, int perRow)
      throws SQLException {
    for (int i = 0; i < count; i++) {
      bindAll(statement, batch.get(first + i), i * perRow);
    }
  }

  /** Runs a query and maps its first row, if any. */
  <T> Optional<T> findFirst(RowMapper<T> mapper) {
    try (PreparedStatement statement = prepare()) {
      bindAll(statement, values);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.of(mapper.map(rows)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** Runs a query and maps every row. */
  <T> List<T> list(RowMapper<T> mapper) {
    try (PreparedStatement statement = prepare()) {
      bindAll(statement, values);
      List<T> result = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          result.add(mapper.map(rows));
        }
      }
      return result;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private PreparedStatement prepare() throws SQLException {
    return connection.prepareStatement(parsed.jdbcSql());
  }

  private static void bindAll(PreparedStatement statement, @Nullable Object[] row)
      throws SQLException {
    bindAll(statement, row, 0);
  }

  /** Binds a row's values to the parameters that follow the first {@code offset}. */
  private static void bindAll(PreparedStatement statement, @Nullable Object[] row, int offset)
      throws SQLException {
    for (int i = 0; i < row.length; i++) {
      Object value = row[i];
      int index = offset + i + 1;
      if (value == NULL_INTEGER) {
        statement.setNull(index, Types.INTEGER);
      } else if (value == null || value instanceof String) {
        statement.setString(index, (String) value);
      } else if (value instanceof Integer number) {
        statement.setInt(index, number);
      } else if (value instanceof Long number) {
        statement.setLong(index, number);
      } else if (value instanceof Instant instant) {
        statement.setObject(index, stored(instant).atOffset(ZoneOffset.UTC));
      } else {
        throw new IllegalArgumentException("cannot bind a " + value.getClass().getName());
      }
    }
  }

  /**
   * Returns an instant as a {@code TIMESTAMP(6) WITH TIME ZONE} column keeps it: truncated to
   * microseconds, the precision both databases keep, bound as an {@code OffsetDateTime} in UTC so
   * that the database never rounds and the JVM's time zone plays no part.
   */
  static Instant stored(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  private StatementFailedException failed(SQLException e) {
    return new StatementFailedException(parsed.jdbcSql(), e);
  }

  /** Reads one row. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  /** A statement failed in the database; {@link SqlFailure} reads its cause. */
  static final class StatementFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StatementFailedException(String sql, SQLException cause) {
      super(cause.getMessage() + " [statement: " + sql + "]", cause);
    }
  }

  /**
   * SQL with its named parameters replaced by {@code ?}, and their names in order; for a
   * single-row {@code INSERT ... VALUES (...)} whose parameters are all in that row, the row.
   */
  record Parsed(String jdbcSql, List<String> names, @Nullable String valuesTuple) {

    /** Returns the insert with its row repeated {@code rows} times. */
    String multiRowSql(int rows) {
      if (valuesTuple == null) {
        throw new IllegalStateException("not a single-row insert: " + jdbcSql);
      }
      String prefix = jdbcSql.substring(0, jdbcSql.length() - valuesTuple.length());
      return prefix + String.join(", ", Collections.nCopies(rows, valuesTuple));
    }

    /**
     * Replaces each {@code :name} outside quotes with {@code ?}; a {@code ::} cast stays.
     */
    static Parsed of(String sql) {
      StringBuilder jdbc = new StringBuilder(sql.length());
      List<String> names = new ArrayList<>();
      char quote = 0;
      for (int i = 0; i < sql.length(); i++) {
        char c = sql.charAt(i);
        if (quote != 0) {
          if (c == quote) {
            quote = 0;
          }
          jdbc.append(c);
        } else if (c == '\'' || c == '"') {
          quote = c;
          jdbc.append(c);
        } else if (c == ':' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
          jdbc.append("::");
          i++;
        } else if (c == ':' && i + 1 < sql.length() && isNameStart(sql.charAt(i + 1))) {
          int end = i + 1;
          while (end < sql.length() && isNamePart(sql.charAt(end))) {
            end++;
          }
          names.add(sql.substring(i + 1, end));
          jdbc.append('?');
          i = end - 1;
        } else {
          jdbc.append(c);
        }
      }
      String jdbcSql = jdbc.toString();
      return new Parsed(jdbcSql, List.copyOf(names), valuesTuple(jdbcSql, names.size()));
    }

    /**
     * Returns the trailing {@code (...)} of an {@code INSERT ... VALUES (...)} holding every
     * parameter, or null: statements with quotes, a second row, or a tail such as
     * {@code ON CONFLICT} or {@code RETURNING} are left as they are.
     */
    private static @Nullable String valuesTuple(String jdbcSql, int parameters) {
      String sql = jdbcSql.strip();
      if (!sql.regionMatches(true, 0, "INSERT", 0, 6) || !sql.endsWith(")")
          || sql.indexOf('\'') >= 0 || sql.indexOf('"') >= 0) {
        return null;
      }
      int depth = 0;
      int open = -1;
      for (int i = sql.length() - 1; i >= 0 && open < 0; i--) {
        char c = sql.charAt(i);
        if (c == ')') {
          depth++;
        } else if (c == '(' && --depth == 0) {
          open = i;
        }
      }
      if (open < 0) {
        return null;
      }
      String head = sql.substring(0, open).stripTrailing();
      if (!head.regionMatches(true, head.length() - 6, "VALUES", 0, 6)) {
        return null;
      }
      String tuple = sql.substring(open);
      long marks = tuple.chars().filter(c -> c == '?').count();
      return marks == parameters && jdbcSql.endsWith(tuple) ? tuple : null;
    }

    private static boolean isNameStart(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isNamePart(char c) {
      return isNameStart(c) || (c >= '0' && c <= '9');
    }
  }
}
