package dev.modelregistry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.jdbc.JdbcDialect;
import dev.modelregistry.jdbc.JdbcRegistryStore;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;

/**
 * H2 plans: {@code EXPLAIN} names the index of each table access in a comment; a full scan reads
 * {@code tableScan}, and an ORDER BY answered by walking the index reads {@code index sorted}.
 */
@DisplayName("query plans on H2")
class H2QueryPlanTest extends QueryPlanTest {
  private final JdbcDataSource dataSource = new JdbcDataSource();

  H2QueryPlanTest() {
    dataSource.setURL("jdbc:h2:mem:plan-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  @Override
  protected JdbcDialect dialect() {
    return JdbcDialect.H2;
  }

  @Override
  protected DataSource dataSource() {
    return dataSource;
  }

  @Override
  protected @Nullable String schema() {
    return "registry";
  }

  @Override
  protected String explain(Handle handle, Query explainQuery) {
    return explainQuery.mapTo(String.class).one();
  }

  @Override
  protected void assertWalksIndex(String sql, String plan) {
    assertThat(plan).as(sql).doesNotContain("tableScan").contains("/* REGISTRY.");
    if (sql.contains("ORDER BY")) {
      assertThat(plan).as(sql).contains("/* index sorted */");
    }
  }

  @Override
  protected String explainAsPlanned(Handle handle, Query explainQuery) {
    return explainQuery.mapTo(String.class).one();
  }

  @Override
  protected void assertUsesIndex(String sql, String plan, String index) {
    assertThat(plan).as(sql).doesNotContain("tableScan")
        .containsIgnoringCase("." + JdbcRegistryStore.DEFAULT_TABLE_PREFIX + index + ":");
  }
}
