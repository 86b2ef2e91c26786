package dev.modelregistry.jdbc.internal;

import static dev.modelregistry.jdbc.testing.StoreFixtures.T0;
import static dev.modelregistry.jdbc.testing.StoreFixtures.created;
import static dev.modelregistry.jdbc.testing.StoreFixtures.group;
import static dev.modelregistry.jdbc.testing.StoreFixtures.insert;
import static dev.modelregistry.jdbc.testing.StoreFixtures.modelPackage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelregistry.api.audit.AuditOperation;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.model.ImmutableModelPackage;
import dev.modelregistry.api.model.MetadataProperties;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.SortBy;
import dev.modelregistry.api.model.SortOrder;
import dev.modelregistry.core.spi.AuditQuery;
import dev.modelregistry.core.spi.GroupRecord;
import dev.modelregistry.core.spi.PackageQuery;
import dev.modelregistry.jdbc.JdbcDialect;
import dev.modelregistry.jdbc.JdbcRegistryStore;
import dev.modelregistry.jdbc.SchemaMode;
import dev.modelregistry.jdbc.SchemaVersionException;
import dev.modelregistry.jdbc.testing.StoreFixtures;
import java.time.ZoneOffset;
import java.util.Map;
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

  /** Stores a group and packages as a V1 or V2 store did: rows written with that schema's SQL. */
  private void storeAsOldVersion(ModelPackage... packages) {
    storeAsOldVersion("churn", packages);
  }

  private void storeAsOldVersion(String groupName, ModelPackage... packages) {
    Documents documents = new Documents();
    GroupRecord group = group(groupName);
    StoreOpener.jdbi(dataSource).useHandle(h -> {
      h.createUpdate(names().render("""
              INSERT INTO ${schema}${prefix}model_package_group (group_name, group_name_lower,
                  creation_time, last_version, group_document, tags_document)
              VALUES (:g, :g, :t, :last, :doc, '[]')"""))
          .bind("g", groupName)
          .bind("t", T0.atOffset(ZoneOffset.UTC)).bind("last", packages.length)
          .bind("doc", documents.write(group.group())).execute();
      for (ModelPackage p : packages) {
        h.createUpdate(names().render("""
                INSERT INTO ${schema}${prefix}model_package (group_name, package_version,
                    creation_time, approval_status, package_document)
                VALUES (:g, :v, :t, :status, :doc)"""))
            .bind("g", groupName)
            .bind("v", p.modelPackageVersion()).bind("t", T0.atOffset(ZoneOffset.UTC))
            .bind("status", p.modelApprovalStatus().value())
            .bind("doc", documents.write(p)).execute();
      }
    });
  }

  private static PackageQuery provenanceQuery(@Nullable MetadataProperties properties,
      Map<String, String> entries) {
    return new PackageQuery(null, null, null, null, null, properties, entries, SortBy.NAME,
        SortOrder.ASCENDING, null, 10);
  }

  @Test
  @DisplayName("a database created by V1 is upgraded to the current version and keeps its data")
  void upgradesVersionOneAndKeepsData() {
    Jdbi jdbi = StoreOpener.jdbi(dataSource);
    new SchemaMigrator(jdbi, Dialect.of(dialect()), names()).migrate(SchemaMode.CREATE_OR_UPGRADE, 1);
    assertThat(recordedVersion()).isEqualTo(1);
    ModelPackage approved = modelPackage("churn", 1, T0, ModelApprovalStatus.APPROVED);
    ModelPackage pending =
        modelPackage("churn", 2, T0, ModelApprovalStatus.PENDING_MANUAL_APPROVAL);
    storeAsOldVersion(approved, pending);

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
  @DisplayName("a database of V2 upgrades: old packages are found by provenance, the log works")
  void upgradesVersionTwoWithProvenanceAndLog() {
    Jdbi jdbi = StoreOpener.jdbi(dataSource);
    new SchemaMigrator(jdbi, Dialect.of(dialect()), names()).migrate(SchemaMode.CREATE_OR_UPGRADE, 2);
    assertThat(recordedVersion()).isEqualTo(2);
    MetadataProperties commit = MetadataProperties.builder().commitId("c0ffee")
        .repository("r\u00e9po \u0000 \\").build();
    ModelPackage withCommit = ImmutableModelPackage.copyOf(
            modelPackage("churn", 1, T0, ModelApprovalStatus.APPROVED))
        .withMetadataProperties(commit)
        .withCustomerMetadataProperties(Map.of("dataset", "d\u00fcsseldorf", "team", "a"));
    ModelPackage other = modelPackage("churn", 2, T0, ModelApprovalStatus.APPROVED);
    storeAsOldVersion(withCommit, other);

    try (JdbcRegistryStore upgraded = builder().build()) {
      assertThat(recordedVersion()).isEqualTo(SchemaScripts.currentVersion());
      assertThat(upgraded.listPackages(provenanceQuery(commit, Map.of()))).containsExactly(withCommit);
      assertThat(upgraded.listPackages(provenanceQuery(
          MetadataProperties.builder().repository(commit.repository().orElseThrow()).build(),
          Map.of()))).containsExactly(withCommit);
      assertThat(upgraded.listPackages(provenanceQuery(null,
          Map.of("dataset", "d\u00fcsseldorf")))).containsExactly(withCommit);
      assertThat(upgraded.listPackages(provenanceQuery(null, Map.of("version", "2"))))
          .containsExactly(other);
      assertThat(upgraded.listPackages(provenanceQuery(null, Map.of("dataset", "d")))).isEmpty();

      GroupRecord group = upgraded.findGroup("churn").orElseThrow();
      upgraded.deletePackage("churn", 2, StoreFixtures::packageDeleted);
      upgraded.appendAudit(StoreFixtures.audit(group, AuditOperation.ADD_TAGS));
      assertThat(upgraded.listAudit(new AuditQuery("CHURN", null, 0, null, 10)))
          .extracting(AuditRecord::operation)
          .containsExactly(AuditOperation.DELETE_MODEL_PACKAGE, AuditOperation.ADD_TAGS);
      assertThat(upgraded.listPackages(provenanceQuery(null, Map.of("version", "2")))).isEmpty();
    }
    try (JdbcRegistryStore again = builder().schemaMode(SchemaMode.VALIDATE).build()) {
      assertThat(again.listPackages(provenanceQuery(commit, Map.of("team", "a"))))
          .containsExactly(withCommit);
    }
  }

  @Test
  @DisplayName("the upgrade backfill goes through several pages and groups: every package is found")
  void backfillCoversEveryPageAndGroup() {
    new SchemaMigrator(StoreOpener.jdbi(dataSource), Dialect.of(dialect()), names())
        .migrate(SchemaMode.CREATE_OR_UPGRADE, 2);
    // Pages hold 500 packages: a page ends inside group "a", one group has a single package.
    Map<String, Integer> sizes = Map.of("a", 1_100, "b", 1, "c", 499);
    sizes.forEach((name, size) -> storeAsOldVersion(name, java.util.stream.IntStream
        .rangeClosed(1, size).mapToObj(v -> commitOf(name, v)).toArray(ModelPackage[]::new)));

    try (JdbcRegistryStore upgraded = builder().build()) {
      sizes.forEach((name, size) -> {
        for (int v : new int[] {1, 499, 500, 501, 1_000, 1_001, size}) {
          if (v <= size) {
            assertThat(upgraded.listPackages(provenanceQuery(
                MetadataProperties.builder().commitId(name + "-" + v).build(), Map.of())))
                .as(name + "/" + v).containsExactly(commitOf(name, v));
          }
        }
      });
    }
  }

  private static ModelPackage commitOf(String group, int version) {
    return ImmutableModelPackage.copyOf(
            modelPackage(group, version, T0, ModelApprovalStatus.APPROVED))
        .withMetadataProperties(MetadataProperties.builder().commitId(group + "-" + version).build());
  }

  @Test
  @DisplayName("a database of V3 upgrades: packages indexed by V3 are found by provenance")
  void upgradesVersionThreeKeepingProvenance() {
    Jdbi jdbi = StoreOpener.jdbi(dataSource);
    new SchemaMigrator(jdbi, Dialect.of(dialect()), names()).migrate(SchemaMode.CREATE_OR_UPGRADE, 3);
    MetadataProperties commit =
        MetadataProperties.builder().commitId("c0ffee").repository("r\u00e9po").build();
    ModelPackage withCommit = ImmutableModelPackage.copyOf(
            modelPackage("churn", 1, T0, ModelApprovalStatus.APPROVED))
        .withMetadataProperties(commit)
        .withCustomerMetadataProperties(Map.of("dataset", "d\u00fcsseldorf"));
    ModelPackage other = modelPackage("churn", 2, T0, ModelApprovalStatus.APPROVED);
    storeAsOldVersion(withCommit, other);
    // As a V3 store wrote them: escaped values in the columns, one side-table row per entry,
    // backfill done.
    jdbi.useHandle(h -> {
      h.execute(names().render("UPDATE ${schema}${prefix}model_package SET commit_id = 'c0ffee', "
          + "repository = 'r\\u00e9po' WHERE package_version = 1"));
      h.execute(names().render("INSERT INTO ${schema}${prefix}customer_metadata (meta_group_name, "
          + "meta_version, meta_key, meta_value) VALUES ('churn', 1, 'dataset', "
          + "'d\\u00fcsseldorf')"));
      h.execute(names().render("DELETE FROM ${schema}${prefix}provenance_backfill"));
    });

    try (JdbcRegistryStore upgraded = builder().build()) {
      assertThat(recordedVersion()).isEqualTo(SchemaScripts.currentVersion());
      assertThat(upgraded.listPackages(provenanceQuery(commit, Map.of())))
          .containsExactly(withCommit);
      assertThat(upgraded.listPackages(provenanceQuery(null, Map.of("dataset", "d\u00fcsseldorf"))))
          .containsExactly(withCommit);
      assertThat(upgraded.listPackages(provenanceQuery(
          MetadataProperties.builder().repository("r\u00e9po").build(),
          Map.of("dataset", "d\u00fcsseldorf")))).containsExactly(withCommit);
      assertThat(upgraded.listPackages(provenanceQuery(
          MetadataProperties.builder().commitId("c0ffee").projectId("p").build(), Map.of())))
          .isEmpty();
      assertThat(upgraded.listPackages(provenanceQuery(null, Map.of("dataset", "d"))))
          .isEmpty();
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
        .hasMessageContaining("V3__audit_log_and_provenance.sql")
        .hasMessageContaining("V4__provenance_document.sql")
        .hasMessageContaining("V5__partial_indexes.sql")
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
      insert(store, group("churn"));
      assertThat(store.findGroup("CHURN")).isPresent();
    }
  }

  @Test
  @DisplayName("registries with different table prefixes share a database without seeing each other")
  void tablePrefixesKeepRegistriesApart() {
    try (JdbcRegistryStore first = builder().tablePrefix("first_").build();
        JdbcRegistryStore second = builder().tablePrefix("second_").build()) {
      insert(first, group("churn"));
      insert(second, group("churn"));
      first.insertPackage("churn", null, (g, v) -> created("churn", v));
      assertThat(second.findLatestPackage("churn", null)).isEmpty();
      assertThat(first.findLatestPackage("churn", null)).isPresent();
    }
  }
}
