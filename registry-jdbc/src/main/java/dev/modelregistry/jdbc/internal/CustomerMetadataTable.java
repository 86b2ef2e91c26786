package dev.modelregistry.jdbc.internal;

import dev.modelregistry.api.model.ModelPackage;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

/**
 * The customer metadata side table: one row per entry of a package's
 * {@code CustomerMetadataProperties}, keys and values escaped ({@link ColumnText}), so that a
 * query by key and value finds packages through the {@code (meta_key, meta_value)} index. The
 * package document stays the source of truth; the store rewrites a package's rows in the
 * transaction that changes its entries.
 */
final class CustomerMetadataTable {
  private final String insert;
  private final String deleteOfPackage;

  CustomerMetadataTable(SqlNames names) {
    this.insert = names.render("""
        INSERT INTO ${schema}${prefix}customer_metadata
            (meta_group_name, meta_version, meta_key, meta_value)
        VALUES (:group_name, :package_version, :meta_key, :meta_value)""");
    this.deleteOfPackage = names.render("""
        DELETE FROM ${schema}${prefix}customer_metadata
         WHERE meta_group_name = :group_name AND meta_version = :package_version""");
  }

  /** Inserts the entries of packages just inserted into one group, with one JDBC batch. */
  void insertAll(Connection connection, String storedGroupName, List<ModelPackage> packages) {
    SqlStatement batch = SqlStatement.of(connection, insert);
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

  /** Replaces a package's entries with the ones of its new state. */
  void replace(Connection connection, String storedGroupName, ModelPackage modelPackage) {
    delete(connection, storedGroupName, modelPackage.modelPackageVersion());
    insertAll(connection, storedGroupName, List.of(modelPackage));
  }

  /** Deletes a package's entries. */
  void delete(Connection connection, String storedGroupName, int version) {
    SqlStatement.of(connection, deleteOfPackage)
        .bind("group_name", storedGroupName)
        .bind("package_version", version)
        .execute();
  }
}
