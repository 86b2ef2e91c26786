package dev.modelregistry.jdbc.internal;

import static dev.modelregistry.jdbc.testing.StoreFixtures.T0;
import static dev.modelregistry.jdbc.testing.StoreFixtures.created;
import static dev.modelregistry.jdbc.testing.StoreFixtures.group;
import static dev.modelregistry.jdbc.testing.StoreFixtures.modelPackage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.jdbc.JdbcDialect;
import dev.modelregistry.jdbc.JdbcRegistryStore;
import dev.modelregistry.jdbc.SchemaMode;
import dev.modelregistry.jdbc.SchemaVersionException;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The shipped schema scripts on each database: upgrading keeps data, a newer database is
 * refused, validation names what is missing, scripts applied by another tool validate, and
 * table prefixes keep registries apart.
 */
abstract class SchemaEvolutionTest {
  private DataSource dataSource;
  private @Nullable String schema;

  protected abstract JdbcDialect dialect();

  protected abstract DataSource newDatabase();

  /** Returns a fresh schema for the test, or null to use the connection's current schema. */
  protected abstract @Nullable String newSchema();

  protected abstract void dropSchema(@Nullable String schema);

  @BeforeEach
  void create() {
    dataSource = newDatabase();
    schema = newSchema();
  }

  @AfterEach
  void drop() {
    dropSchema(schema);
  }

  private JdbcRegistryStore.Builder builder() {
    JdbcRegistryStore.Builder builder = JdbcRegistryStore.builder(dataSource);
    return schema == null ? builder : builder.schema(schema);
  }

  private SqlNames names() {
    return new SqlNames(schema, JdbcRegistryStore.DEFAULT_TABLE_PREFIX);
  }

  private int recordedVersion() {
    Jdbi jdbi = StoreOpener.jdbi(dataSource);
    return jdbi.withHandle(new SchemaMigrator(jdbi, Dialect.of(dialect()), names())::version);
  }

  @Test
  @DisplayName("a database created by V1 is upgraded to the current version and keeps its data")
  void upgradesVersionOneAndKeepsData() {
    Jdbi jdbi = StoreOpener.jdbi(dataSource);
    new SchemaMigrator(jdbi, Dialect.of(dialect()), names()).migrate(SchemaMode.CREATE_OR_UPGRADE, 1);
    assertThat(recordedVersion()).isEqualTo(1);
    SqlRegistryStore v1 = new SqlRegistryStore(dataSource, dialect(), names(), 3, "v1");
    v1.insertGroup(group("churn"));
    ModelPackage approved = modelPackage("churn", 1, T0, ModelApprovalStatus.APPROVED);
    v1.insertPackage("churn", null, (g, v) -> created(approved));
    v1.insertPackage("churn", null, (g, v) -> created("churn", v));

    try (JdbcRegistryStore upgraded = builder().build()) {
      assertThat(recordedVersion()).isEqualTo(SchemaScripts.currentVersion());
      assertThat(upgraded.findPackage("churn", 1)).contains(approved);
      assertThat(upgraded.findLatestPackage("churn", ModelApprovalStatus.APPROVED))
          .contains(approved);
      assertThat(upgraded.insertPackage("churn", null, (g, v) -> created("churn", v))
          .modelPackage().modelPackageVersion()).isEqualTo(3);
    }
    try (JdbcRegistryStore again = builder().schemaMode(SchemaMode.VALIDATE).build()) {
      assertThat(again.findLatestPackage("churn", null)).isPresent();
    }
  }

  @Test
  @DisplayName("a database newer than the library is refused with a SchemaVersionException")
  void refusesNewerDatabase() {
    builder().build().close();
    StoreOpener.jdbi(dataSource).useHandle(h -> h.execute(names().render(
        "INSERT INTO ${schema}${prefix}schema_version (script_version, description) "
            + "VALUES (99, 'from the future')")));
    for (SchemaMode mode : SchemaMode.values()) {
      assertThatThrownBy(() -> builder().schemaMode(mode).build())
          .isInstanceOf(SchemaVersionException.class)
          .hasMessageContaining("version 99")
          .hasMessageContaining("Upgrade the model registry library")
          .satisfies(e -> assertThat(((SchemaVersionException) e).databaseVersion()).isEqualTo(99));
    }
  }

  @Test
  @DisplayName("validate-only mode changes nothing and names the scripts to apply")
  void validateOnlyNamesMissingScripts() {
    assertThatThrownBy(() -> builder().schemaMode(SchemaMode.VALIDATE).build())
        .isInstanceOf(SchemaVersionException.class)
        .hasMessageContaining("V1__create.sql")
        .hasMessageContaining("V2__latest_approved_index.sql")
        .satisfies(e -> assertThat(((SchemaVersionException) e).databaseVersion()).isZero());
    assertThat(recordedVersion()).isZero();
  }

  @Test
  @DisplayName("the shipped scripts applied by another tool pass validation")
  void scriptsAppliedByAnotherToolValidate() {
    Jdbi jdbi = StoreOpener.jdbi(dataSource);
    if (schema != null) {
      jdbi.useHandle(h -> h.execute("CREATE SCHEMA IF NOT EXISTS " + schema));
    }
    for (SchemaScripts.Script script : SchemaScripts.ALL) {
      // What a migration tool does with the jar's scripts: replace the placeholders, run them.
      String sql = script.text(dialect())
          .replace("${schema}", schema == null ? "" : schema + ".")
          .replace("${prefix}", JdbcRegistryStore.DEFAULT_TABLE_PREFIX);
      jdbi.useHandle(h -> h.createScript(sql).execute());
    }
    try (JdbcRegistryStore store = builder().schemaMode(SchemaMode.VALIDATE).build()) {
      store.insertGroup(group("churn"));
      assertThat(store.findGroup("CHURN")).isPresent();
    }
  }

  @Test
  @DisplayName("registries with different table prefixes share a database without seeing each other")
  void tablePrefixesKeepRegistriesApart() {
    try (JdbcRegistryStore first = builder().tablePrefix("first_").build();
        JdbcRegistryStore second = builder().tablePrefix("second_").build()) {
      first.insertGroup(group("churn"));
      second.insertGroup(group("churn"));
      first.insertPackage("churn", null, (g, v) -> created("churn", v));
      assertThat(second.findLatestPackage("churn", null)).isEmpty();
      assertThat(first.findLatestPackage("churn", null)).isPresent();
    }
  }
}
