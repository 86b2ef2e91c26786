package dev.modelregistry.jdbc.internal;

import dev.modelregistry.jdbc.JdbcDialect;
import dev.modelregistry.jdbc.testing.PostgresTestServer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;

@DisplayName("schema scripts on PostgreSQL")
class PostgresSchemaEvolutionTest extends SchemaEvolutionTest {
  @Override
  protected JdbcDialect dialect() {
    return JdbcDialect.POSTGRESQL;
  }

  @Override
  protected DataSource newDatabase() {
    return PostgresTestServer.get().dataSource();
  }

  @Override
  protected @Nullable String newSchema() {
    return PostgresTestServer.get().newSchema();
  }

  @Override
  protected void dropSchema(@Nullable String schema) {
    if (schema != null) {
      PostgresTestServer.get().dropSchema(schema);
    }
  }
}
