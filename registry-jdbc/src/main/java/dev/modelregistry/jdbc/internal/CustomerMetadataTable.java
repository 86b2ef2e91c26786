package dev.modelregistry.jdbc.internal;

import dev.modelregistry.api.model.ModelPackage;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

/**
 * The customer metadata side table of H2 ({@link ProvenanceColumns}): one row per entry of a
 * package's {@code CustomerMetadataProperties}, keys and values escaped ({@link ColumnText}), so
 * that a query by key and value finds packages through the {@code (meta_key, meta_value)} index.
 * The package document stays the source of truth; the store rewrites a package's rows in the
 * transaction that changes its entries.
 *
 * <p>The table has that one index and no primary key (schema V4 dropped it): each row costs a
 * registration two B-tree inserts instead of three. Rows are unique because the store writes a
 * package's entries once and removes exactly those entries, found through the same index, before
 * it writes others.
 */
final class CustomerMetadataTable {
  private final String insert;
  private final String deleteEntry;

  CustomerMetadataTable(SqlNames names) {
    this.insert = names.render("""
        INSERT INTO ${schema}${prefix}customer_metadata
            (meta_group_name, meta_version, meta_key, meta_value)
        VALUES (:group_name, :package_version, :meta_key, :meta_value)""");
    this.deleteEntry = names.render("""
        DELETE FROM ${schema}${prefix}customer_metadata
         WHERE meta_key = :meta_key AND meta_value = :meta_value
           AND meta_group_name = :group_name AND meta_version = :package_version""");
  }

  /** Inserts the entries of packages just inserted into one group, with one JDBC batch. */
  void insertAll(Connection connection, String storedGroupName, List<ModelPackage> packages) {
    entries(connection, insert, storedGroupName, packages);
  }

  /** Replaces a package's entries, as stored in {@code before}, with those of {@code after}. */
  void replace(Connection connection, String storedGroupName, ModelPackage before,
      ModelPackage after) {
    delete(connection, storedGroupName, before);
    insertAll(connection, storedGroupName, List.of(after));
  }

  /** Deletes the rows of a package's entries. */
  void delete(Connection connection, String storedGroupName, ModelPackage modelPackage) {
    entries(connection, deleteEntry, storedGroupName, List.of(modelPackage));
  }

  /** Runs a statement once per entry of the packages, as one JDBC batch. */
  private static void entries(Connection connection, String sql, String storedGroupName,
      List<ModelPackage> packages) {
    SqlStatement batch = SqlStatement.of(connection, sql);
    boolean any = false;
    for (ModelPackage modelPackage : packages) {
      for (Map.Entry<String, String> entry : modelPackage.customerMetadataProperties().entrySet()) {
        batch.bind("group_name", storedGroupName)
            .bind("package_version", modelPackage.modelPackageVersion())
            .bind("meta_key", ColumnText.escape(entry.getKey()))
            .bind("meta_value", ColumnText.escape(entry.getValue()))
            .add();
        any = true;
      }
    }
    if (any) {
      batch.executeBatch();
    }
  }
}
