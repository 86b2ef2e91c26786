package dev.modelregistry.jdbc.internal;

import dev.modelregistry.jdbc.JdbcDialect;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;

/**
 * PostgreSQL: {@code UPDATE ... RETURNING} allocates versions; a row-value comparison
 * {@code (a, b) > (:k0, :k1)} positions a page, which PostgreSQL turns into an index range.
 */
final class PostgresDialect implements Dialect {
  /** Namespace of the registry's advisory locks ('MR'). */
  private static final int LOCK_NAMESPACE = 0x4D52;

  @Override
  public JdbcDialect kind() {
    return JdbcDialect.POSTGRESQL;
  }

  @Override
  public String allocateVersionSql() {
    return """
        UPDATE ${schema}${prefix}model_package_group
           SET last_version = last_version + :count
         WHERE group_name_lower = :group_name_lower
        RETURNING group_name, last_version""";
  }

  @Override
  public String insertPackageWithFirstEntrySql() {
    return """
        WITH inserted AS (
            INSERT INTO ${schema}${prefix}model_package
                (group_name, package_version, creation_time, approval_status, client_token,
                 request_fingerprint, package_document, provenance)
            VALUES (:group_name, :package_version, :creation_time, :approval_status,
                 :client_token, :request_fingerprint, :package_document,
                 CAST(:provenance AS jsonb))
            RETURNING group_name, package_version)
        , history AS (
            INSERT INTO ${schema}${prefix}model_package_history
                (group_name, package_version, entry_number, entry_document)
            SELECT group_name, package_version, 1, :entry_document FROM inserted)
        INSERT INTO ${schema}${prefix}audit_log
            (record_time, group_name, group_name_lower, package_version, outcome, record_document)
        SELECT :record_time, group_name, :group_name_lower, package_version, :outcome,
            :record_document FROM inserted""";
  }

  @Override
  public String saveFeedPositionSql() {
    return """
        INSERT INTO ${schema}${prefix}feed_consumer (consumer_name, log_position, saved_time)
        VALUES (:consumer_name, :log_position, CURRENT_TIMESTAMP)
        ON CONFLICT (consumer_name) DO UPDATE
           SET log_position = EXCLUDED.log_position, saved_time = EXCLUDED.saved_time""";
  }

  @Override
  public String unsequencedAuditSql() {
    return """
        SELECT entry_id FROM ${schema}${prefix}audit_log
         WHERE log_position IS NULL FETCH FIRST 1 ROWS ONLY""";
  }

  @Override
  public String lockAuditHeadSql() {
    return """
        SELECT last_position FROM ${schema}${prefix}audit_head WHERE head_id = 1 FOR UPDATE""";
  }

  /**
   * A statement of its own after {@link #lockAuditHeadSql}: under READ COMMITTED its snapshot is
   * taken after the lock was granted, so it sees the positions of the sequencer before.
   */
  @Override
  public String assignAuditPositionsSql() {
    return """
        WITH numbered AS (
            SELECT entry_id, ROW_NUMBER() OVER (ORDER BY entry_id) AS n
              FROM ${schema}${prefix}audit_log
             WHERE log_position IS NULL
             ORDER BY entry_id FETCH FIRST ${batch} ROWS ONLY)
        , assigned AS (
            UPDATE ${schema}${prefix}audit_log a SET log_position = :head + numbered.n
              FROM numbered WHERE a.entry_id = numbered.entry_id
            RETURNING a.log_position)
        UPDATE ${schema}${prefix}audit_head
           SET last_position = (SELECT COALESCE(MAX(log_position), :head) FROM assigned)
         WHERE head_id = 1
        RETURNING last_position, (SELECT COUNT(*) FROM assigned)""";
  }

  @Override
  public String renderPage(PageQuery page, Map<String, Object> parameters) {
    StringBuilder where = new StringBuilder(String.join(" AND ", page.filters()));
    List<Object> cursor = page.cursor();
    if (cursor != null) {
      List<String> columns = page.cursorColumns();
      String names = IntStream.range(0, columns.size()).mapToObj(i -> ":k" + i)
          .collect(Collectors.joining(", "));
      for (int i = 0; i < columns.size(); i++) {
        parameters.put("k" + i, cursor.get(i));
      }
      if (where.length() > 0) {
        where.append(" AND ");
      }
      where.append('(').append(String.join(", ", columns)).append(')')
          .append(page.descending() ? " < " : " > ").append('(').append(names).append(')');
    }
    return "SELECT " + page.selectList() + " FROM " + page.table() + page.joins()
        + (where.length() > 0 ? " WHERE " + where : "")
        + " ORDER BY " + page.orderBy() + " " + page.fetchFirst();
  }

  @Override
  public boolean tableExists(Handle handle, SqlNames names, String table) {
    String qualified = names.schema() == null ? table : names.schema() + "." + table;
    return handle.createQuery("SELECT to_regclass(:name) IS NOT NULL")
        .bind("name", qualified).mapTo(Boolean.class).one();
  }

  @Override
  public void lockSchemaChanges(Handle handle, SqlNames names) {
    handle.createQuery("SELECT pg_advisory_xact_lock(:namespace, :key)")
        .bind("namespace", LOCK_NAMESPACE)
        .bind("key", (names.schema() + "." + names.prefix()).hashCode())
        .mapToMap().one();
  }

  @Override
  public boolean transactionalDdl() {
    return true;
  }
}
