package dev.modelregistry.jdbc.internal;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list: the rows of a table that pass the filters, in the order of the sort
 * columns, strictly after a cursor (keyset pagination, no OFFSET), at most {@code limit} of them.
 * The sort columns are an index's columns, in its order, so that the database walks the index.
 * The leading sort columns that a filter pins to one value ({@code pinned}) take no part in the
 * cursor comparison. The dialect renders the cursor comparison.
 */
final class PageQuery {
  private final String table;
  private final String documentColumn;
  private final List<String> filters = new ArrayList<>();
  private final List<String> joins = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();
  private final List<String> sortColumns;
  private final int pinned;
  private final boolean descending;
  private final int limit;
  private @Nullable List<Object> cursor;
  private @Nullable String index;

  PageQuery(String table, String documentColumn, List<String> sortColumns, int pinned,
      boolean descending, int limit) {
    if (pinned < 0 || pinned >= sortColumns.size()) {
      throw new IllegalArgumentException("pinned must leave a sort column: " + pinned);
    }
    this.table = table;
    this.documentColumn = documentColumn;
    this.sortColumns = List.copyOf(sortColumns);
    this.pinned = pinned;
    this.descending = descending;
    this.limit = limit;
  }

  /**
   * Names the secondary index whose columns are the sort columns, for a database that chooses
   * indexes by the WHERE clause alone (H2 would take the primary key for {@code group_name = ?}
   * and sort the group); or another index the page should start from; null for none.
   */
  PageQuery sortIndex(@Nullable String indexName) {
    this.index = indexName;
    return this;
  }

  @Nullable String sortIndex() {
    return index;
  }

  /** Keeps rows that pass {@code sql}, whose named parameter {@code name} is bound to value. */
  PageQuery filter(String sql, String name, Object value) {
    filters.add(sql);
    parameters.put(name, Objects.requireNonNull(value));
    return this;
  }

  /**
   * Keeps rows that have a match in another table: {@code sql} is a whole {@code JOIN ... ON ...}
   * clause that matches at most one row per row of the table (so the page has no duplicates),
   * with its parameters.
   */
  PageQuery join(String sql, Map<String, Object> joinParameters) {
    joins.add(sql);
    parameters.putAll(joinParameters);
    return this;
  }

  /** Returns the join clauses, each with a leading space, or an empty string. */
  String joins() {
    StringBuilder out = new StringBuilder();
    for (String join : joins) {
      out.append(' ').append(join);
    }
    return out.toString();
  }

  /** Starts after the row whose unpinned sort columns hold these values (String, int, Instant). */
  PageQuery after(List<Object> cursorValues) {
    if (cursorValues.size() != cursorColumns().size()) {
      throw new IllegalArgumentException("cursor needs a value for each of " + cursorColumns());
    }
    this.cursor = List.copyOf(cursorValues);
    return this;
  }

  String table() {
    return table;
  }

  /** Returns the select list: the document and the sort columns. */
  String selectList() {
    return documentColumn + ", " + String.join(", ", sortColumns);
  }

  List<String> filters() {
    return List.copyOf(filters);
  }

  List<String> cursorColumns() {
    return sortColumns.subList(pinned, sortColumns.size());
  }

  @Nullable List<Object> cursor() {
    return cursor;
  }

  boolean descending() {
    return descending;
  }

  /** Returns the ORDER BY list: every sort column, all in one direction. */
  String orderBy() {
    String direction = descending ? " DESC" : " ASC";
    return String.join(direction + ", ", sortColumns) + direction;
  }

  String fetchFirst() {
    return "FETCH FIRST " + limit + " ROWS ONLY";
  }

  /** Returns the documents of the page, rendering the cursor comparison with the dialect. */
  List<String> documents(Connection connection, Dialect dialect) {
    Map<String, Object> all = new LinkedHashMap<>(parameters);
    String sql = dialect.renderPage(this, all);
    SqlStatement query = SqlStatement.of(connection, sql);
    // A dialect may offer values its SQL does not use (H2's next-string bound replaces one).
    all.forEach(query::bindIfPresent);
    return query.list(rs -> rs.getString(1));
  }
}
