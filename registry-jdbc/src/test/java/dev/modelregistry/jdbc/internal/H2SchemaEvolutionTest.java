package dev.modelregistry.jdbc.internal;

import dev.modelregistry.jdbc.JdbcDialect;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;

@DisplayName("schema scripts on H2, in a schema of their own")
class H2SchemaEvolutionTest extends SchemaEvolutionTest {
  @Override
  protected JdbcDialect dialect() {
    return JdbcDialect.H2;
  }

  @Override
  protected DataSource newDatabase() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return dataSource;
  }

  @Override
  protected @Nullable String newSchema() {
    return "registry";
  }

  @Override
  protected void dropSchema(@Nullable String schema) {
    // The database is private to the test.
  }
}
