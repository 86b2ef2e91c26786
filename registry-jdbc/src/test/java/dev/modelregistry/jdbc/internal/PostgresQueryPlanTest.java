package dev.modelregistry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.jdbc.JdbcDialect;
import dev.modelregistry.jdbc.JdbcRegistryStore;
import dev.modelregistry.jdbc.testing.PostgresTestServer;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL plans, explained with sequential scans disabled so that a small test table cannot
 * hide a query the index cannot answer: each access must be an index scan and no Sort node may
 * appear (the index gives the order).
 */
@DisplayName("query plans on PostgreSQL")
class PostgresQueryPlanTest extends QueryPlanTest {
  private final String schema = PostgresTestServer.get().newSchema();

  @AfterEach
  void dropSchema() {
    PostgresTestServer.get().dropSchema(schema);
  }

  @Override
  protected JdbcDialect dialect() {
    return JdbcDialect.POSTGRESQL;
  }

  @Override
  protected DataSource dataSource() {
    return PostgresTestServer.get().dataSource();
  }

  @Override
  protected @Nullable String schema() {
    return schema;
  }

  @Override
  protected String explain(Handle handle, Query explainQuery) {
    handle.execute("SET enable_seqscan = off");
    try {
      return String.join("\n", explainQuery.mapTo(String.class).list());
    } finally {
      handle.execute("RESET enable_seqscan");
    }
  }

  @Override
  protected void assertWalksIndex(String sql, String plan) {
    assertThat(plan).as(sql).contains("Index").doesNotContain("Seq Scan")
        .doesNotContainPattern("(?m)^\\s*(->\\s*)?Sort\\b");
  }

  /** Explained as planned: on 100,000 packages the planner must choose the index itself. */
  @Override
  protected String explainAsPlanned(Handle handle, Query explainQuery) {
    return String.join("\n", explainQuery.mapTo(String.class).list());
  }

  @Override
  protected void assertUsesIndex(String sql, String plan, String index) {
    assertThat(plan).as(sql).doesNotContain("Seq Scan")
        .contains(JdbcRegistryStore.DEFAULT_TABLE_PREFIX + index);
  }

  @Test
  @DisplayName("NULL client tokens and audit positions stay out of their indexes (schema V5)")
  void nullTokensAndPositionsAreNotIndexed() {
    String prefix = JdbcRegistryStore.DEFAULT_TABLE_PREFIX;
    Map<String, String> definitions = Jdbi.create(dataSource()).withHandle(handle -> handle
        .createQuery("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = :schema")
        .bind("schema", schema)
        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
        .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    assertThat(definitions.get(prefix + "package_token_uq"))
        .contains("UNIQUE").endsWith("WHERE (client_token IS NOT NULL)");
    assertThat(definitions.get(prefix + "audit_position_uq"))
        .contains("UNIQUE").endsWith("WHERE (log_position IS NOT NULL)");
    for (String index : new String[] {"audit_group_ix", "audit_package_ix"}) {
      assertThat(definitions.get(prefix + index)).as(index)
          .endsWith("WHERE (log_position IS NOT NULL)");
    }
  }
}
