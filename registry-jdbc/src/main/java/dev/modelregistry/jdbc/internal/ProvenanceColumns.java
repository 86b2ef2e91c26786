package dev.modelregistry.jdbc.internal;

import dev.modelregistry.api.model.MetadataProperties;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.core.spi.PackageQuery;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Provenance on H2: the four metadata properties in indexed columns of the package row, the
 * customer metadata entries in a side table with one row per entry ({@link CustomerMetadataTable}),
 * all escaped ({@link ColumnText}).
 */
final class ProvenanceColumns implements ProvenanceIndex {
  private static final String[][] COLUMNS = {
      {"commit_id", "package_commit_ix"}, {"repository", "package_repository_ix"},
      {"generated_by", "package_generated_by_ix"}, {"project_id", "package_project_ix"}};

  private final SqlNames names;
  private final CustomerMetadataTable metadata;
  private final String updateColumns;

  ProvenanceColumns(SqlNames names) {
    this.names = names;
    this.metadata = new CustomerMetadataTable(names);
    this.updateColumns = names.render("""
        UPDATE ${schema}${prefix}model_package
           SET commit_id = :commit_id, repository = :repository, generated_by = :generated_by,
               project_id = :project_id
         WHERE group_name = :group_name AND package_version = :package_version""");
  }

  @Override
  public String insertColumns() {
    return ", commit_id, repository, generated_by, project_id";
  }

  @Override
  public String insertValues() {
    return ", :commit_id, :repository, :generated_by, :project_id";
  }

  @Override
  public SqlStatement bindInsert(SqlStatement statement, ModelPackage modelPackage) {
    MetadataProperties properties = modelPackage.metadataProperties().orElse(null);
    if (properties == null) {
      return statement.bind("commit_id", null).bind("repository", null)
          .bind("generated_by", null).bind("project_id", null);
    }
    return statement
        .bind("commit_id", ColumnText.escape(properties.commitId()))
        .bind("repository", ColumnText.escape(properties.repository()))
        .bind("generated_by", ColumnText.escape(properties.generatedBy()))
        .bind("project_id", ColumnText.escape(properties.projectId()));
  }

  @Override
  public void inserted(Connection connection, String storedGroupName, List<ModelPackage> packages) {
    metadata.insertAll(connection, storedGroupName, packages);
  }

  @Override
  public void updated(Connection connection, String storedGroupName, ModelPackage before,
      ModelPackage after) {
    if (!after.customerMetadataProperties().equals(before.customerMetadataProperties())) {
      metadata.replace(connection, storedGroupName, before, after);
    }
    if (!after.metadataProperties().equals(before.metadataProperties())) {
      updateColumns(connection, storedGroupName, after);
    }
  }

  @Override
  public void deleting(Connection connection, String storedGroupName, ModelPackage modelPackage) {
    metadata.delete(connection, storedGroupName, modelPackage);
  }

  @Override
  public void refill(Connection connection, String storedGroupName, ModelPackage modelPackage) {
    updateColumns(connection, storedGroupName, modelPackage);
    // Rows written from this document by an earlier, interrupted fill are removed first.
    metadata.replace(connection, storedGroupName, modelPackage, modelPackage);
  }

  private void updateColumns(Connection connection, String storedGroupName,
      ModelPackage modelPackage) {
    rewriteRow(connection, updateColumns, storedGroupName, modelPackage);
  }

  /**
   * Each metadata property set is an equality on its indexed column, each customer metadata
   * entry a join with the side table through its {@code (meta_key, meta_value)} index (at most
   * one row per package and key, so no duplicates). H2 picks an index by the WHERE clause alone,
   * and a sort index named for the page would make it walk every package; so with a property the
   * page names that property's index instead, and with entries only it names none and H2 starts
   * the join at the side table.
   */
  @Override
  public void filter(PageQuery page, PackageQuery query) {
    MetadataProperties properties = query.metadataProperties();
    @Nullable String index = null;
    if (properties != null) {
      List<Optional<String>> values = List.of(properties.commitId(), properties.repository(),
          properties.generatedBy(), properties.projectId());
      for (int i = 0; i < COLUMNS.length; i++) {
        Optional<String> value = values.get(i);
        if (value.isPresent()) {
          String column = COLUMNS[i][0];
          page.filter(column + " = :" + column, column, ColumnText.escape(value.get()));
          if (index == null) {
            index = names.index(COLUMNS[i][1]);
          }
        }
      }
    }
    Map<String, String> entries = new TreeMap<>(query.customerMetadata());
    int n = 0;
    for (Map.Entry<String, String> entry : entries.entrySet()) {
      String alias = "m" + n;
      page.join("JOIN " + names.table("customer_metadata") + " " + alias
          + " ON " + alias + ".meta_group_name = group_name"
          + " AND " + alias + ".meta_version = package_version"
          + " AND " + alias + ".meta_key = :meta_key" + n
          + " AND " + alias + ".meta_value = :meta_value" + n,
          Map.of("meta_key" + n, ColumnText.escape(entry.getKey()),
              "meta_value" + n, ColumnText.escape(entry.getValue())));
      n++;
    }
    if (index != null || !entries.isEmpty()) {
      page.sortIndex(index);
    }
  }
}
