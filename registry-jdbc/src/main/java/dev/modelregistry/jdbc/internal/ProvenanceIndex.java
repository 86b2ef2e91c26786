package dev.modelregistry.jdbc.internal;

import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.core.spi.PackageQuery;
import dev.modelregistry.jdbc.JdbcDialect;
import java.sql.Connection;
import java.util.List;

/**
 * How a database finds packages by provenance: their {@code MetadataProperties} and
 * {@code CustomerMetadataProperties}, which list filters match exactly. The package document stays
 * the source of truth; an index is kept in step with it in the transaction that writes the
 * package.
 *
 * <p>The databases differ because their indexes do: PostgreSQL indexes one {@code jsonb} document
 * per package with a GIN index ({@link ProvenanceDocument}), so a registration adds one column
 * and one index entry; H2 has no inverted index, so it keeps the properties in indexed columns
 * and the entries in a side table with one row per entry ({@link ProvenanceColumns}).
 */
interface ProvenanceIndex {

  static ProvenanceIndex of(JdbcDialect dialect, SqlNames names) {
    return switch (dialect) {
      case H2 -> new ProvenanceColumns(names);
      case POSTGRESQL -> new ProvenanceDocument(names);
    };
  }

  /** Returns the package insert's own columns, each preceded by a comma. */
  String insertColumns();

  /** Returns the values of {@link #insertColumns()}, as named parameters, each after a comma. */
  String insertValues();

  /** Binds the parameters of {@link #insertValues()} for a package. */
  SqlStatement bindInsert(SqlStatement statement, ModelPackage modelPackage);

  /** Indexes packages just inserted into a group beyond their rows' own columns. */
  void inserted(Connection connection, String storedGroupName, List<ModelPackage> packages);

  /** Re-indexes a package whose row was rewritten, if its provenance changed. */
  void updated(Connection connection, String storedGroupName, ModelPackage before,
      ModelPackage after);

  /** Removes what indexes a package beyond its row, before the row is deleted. */
  void deleting(Connection connection, String storedGroupName, ModelPackage modelPackage);

  /** Indexes a stored package again from its document: idempotent (schema upgrades). */
  void refill(Connection connection, String storedGroupName, ModelPackage modelPackage);

  /** Adds the query's provenance filters to a page of the package table. */
  void filter(PageQuery page, PackageQuery query);

  /**
   * Runs an UPDATE of a package's row that sets this index's columns (the parameters of
   * {@link #insertValues()}) where {@code :group_name} and {@code :package_version} match.
   */
  default void rewriteRow(Connection connection, String updateSql, String storedGroupName,
      ModelPackage modelPackage) {
    bindInsert(SqlStatement.of(connection, updateSql)
        .bind("group_name", storedGroupName)
        .bind("package_version", modelPackage.modelPackageVersion()), modelPackage)
        .execute();
  }
}
