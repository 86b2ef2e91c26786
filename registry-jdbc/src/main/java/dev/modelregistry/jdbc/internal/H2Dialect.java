package dev.modelregistry.jdbc.internal;

import dev.modelregistry.jdbc.JdbcDialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * H2: {@code SELECT ... FROM FINAL TABLE (UPDATE ...)} allocates versions. H2 seeks an index only
 * on the first column of a row-value comparison and then filters, which for a page deep inside a
 * large group reads the group's earlier rows. So a cursor {@code (a, b) > (x, y)} is split into
 * branches that each seek exactly, {@code a = x AND b > y} and {@code a > x}, every branch ordered
 * by the whole index key (the only way H2 walks an index instead of sorting) and limited, joined
 * with UNION ALL. A strict {@code a > x} on a text column becomes {@code a >= x || U+0000}, the
 * smallest greater string, because H2 starts {@code >} at the first row equal to x and skips the
 * equal rows one by one. H2 picks an index by the WHERE clause alone, so a page sorted on a
 * secondary index names it ({@code USE INDEX}).
 */
final class H2Dialect implements Dialect {

  @Override
  public JdbcDialect kind() {
    return JdbcDialect.H2;
  }

  @Override
  public String allocateVersionSql() {
    return """
        SELECT group_name, last_version FROM FINAL TABLE (
            UPDATE ${schema}${prefix}model_package_group
               SET last_version = last_version + :count
             WHERE group_name_lower = :group_name_lower)""";
  }

  @Override
  public String saveFeedPositionSql() {
    return """
        MERGE INTO ${schema}${prefix}feed_consumer (consumer_name, log_position, saved_time)
            KEY (consumer_name) VALUES (:consumer_name, :log_position, CURRENT_TIMESTAMP)""";
  }

  @Override
  public String renderPage(PageQuery page, Map<String, Object> parameters) {
    List<Object> cursor = page.cursor();
    if (cursor == null) {
      return branch(page, List.of());
    }
    List<String> columns = page.cursorColumns();
    List<String> branches = new ArrayList<>();
    for (int strict = columns.size() - 1; strict >= 0; strict--) {
      List<String> conditions = new ArrayList<>();
      for (int i = 0; i < strict; i++) {
        conditions.add(columns.get(i) + " = :k" + i);
      }
      conditions.add(strictlyAfter(columns.get(strict), strict, cursor.get(strict),
          page.descending(), parameters));
      branches.add(branch(page, conditions));
    }
    for (int i = 0; i < columns.size(); i++) {
      parameters.put("k" + i, cursor.get(i));
    }
    if (branches.size() == 1) {
      return branches.get(0);
    }
    return "SELECT " + page.selectList() + " FROM ((" + String.join(") UNION ALL (", branches)
        + ")) page ORDER BY " + page.orderBy() + " " + page.fetchFirst();
  }

  private static String strictlyAfter(String column, int index, Object value, boolean descending,
      Map<String, Object> parameters) {
    if (descending) {
      return column + " < :k" + index;
    }
    if (value instanceof String text) {
      parameters.put("k" + index + "_next", text + '\u0000');
      return column + " >= :k" + index + "_next";
    }
    return column + " > :k" + index;
  }

  private static String branch(PageQuery page, List<String> cursorConditions) {
    List<String> where = new ArrayList<>(page.filters());
    where.addAll(cursorConditions);
    String index = page.sortIndex();
    return "SELECT " + page.selectList() + " FROM " + page.table()
        + (index == null ? "" : " USE INDEX (" + index + ")")
        + page.joins()
        + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
        + " ORDER BY " + page.orderBy() + " " + page.fetchFirst();
  }

  @Override
  public boolean tableExists(Handle handle, SqlNames names, String table) {
    return handle.createQuery("""
            SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES
             WHERE TABLE_SCHEMA = COALESCE(:schema, CURRENT_SCHEMA) AND TABLE_NAME = :table""")
        .bind("schema", names.schema() == null ? null : names.schema().toUpperCase(Locale.ROOT))
        .bind("table", table.toUpperCase(Locale.ROOT))
        .mapTo(Integer.class).one() > 0;
  }

  @Override
  public void lockSchemaChanges(Handle handle, SqlNames names) {
    // An H2 database belongs to one process; SchemaMigrator serializes the JVM's own stores.
  }

  @Override
  public boolean transactionalDdl() {
    return false;
  }
}
