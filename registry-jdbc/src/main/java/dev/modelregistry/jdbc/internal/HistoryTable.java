package dev.modelregistry.jdbc.internal;

import dev.modelregistry.api.model.ModelPackageHistoryEntry;
import dev.modelregistry.core.spi.PackageWrite;
import java.sql.Connection;
import java.util.List;

/**
 * A package's history: one row per entry, numbered from 1 in the order written. Entries are
 * appended while the package's row is locked (or just inserted), so numbers never collide.
 */
final class HistoryTable {
  private final Documents documents;
  private final String insert;
  private final String lastNumber;
  private final String list;

  HistoryTable(SqlNames names, Documents documents) {
    this.documents = documents;
    this.insert = names.render("""
        INSERT INTO ${schema}${prefix}model_package_history
            (group_name, package_version, entry_number, entry_document)
        VALUES (:group_name, :package_version, :entry_number, :entry_document)""");
    this.lastNumber = names.render("""
        SELECT entry_number FROM ${schema}${prefix}model_package_history
         WHERE group_name = :group_name AND package_version = :package_version
         ORDER BY group_name DESC, package_version DESC, entry_number DESC
         FETCH FIRST 1 ROWS ONLY""");
    this.list = names.render("""
        SELECT entry_document FROM ${schema}${prefix}model_package_history
         WHERE group_name = :group_name AND package_version = :package_version
         ORDER BY group_name, package_version, entry_number""");
  }

  /** Writes the first entries of a package just inserted. */
  void insertFirst(Connection connection, String storedGroupName, int version,
      List<ModelPackageHistoryEntry> entries) {
    insert(connection, storedGroupName, version, 1, entries);
  }

  /** Writes the first entries of packages just inserted into one group, with one JDBC batch. */
  void insertFirst(Connection connection, String storedGroupName, List<PackageWrite> writes) {
    SqlStatement batch = SqlStatement.of(connection, insert);
    for (PackageWrite write : writes) {
      int next = 1;
      for (ModelPackageHistoryEntry entry : write.history()) {
        batch.bind("group_name", storedGroupName)
            .bind("package_version", write.modelPackage().modelPackageVersion())
            .bind("entry_number", next++)
            .bind("entry_document", documents.write(entry))
            .add();
      }
    }
    batch.executeBatch();
  }

  /** Appends entries after the package's last one. */
  void append(Connection connection, String storedGroupName, int version,
      List<ModelPackageHistoryEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    int last = SqlStatement.of(connection, lastNumber)
        .bind("group_name", storedGroupName)
        .bind("package_version", version)
        .findFirst(rs -> rs.getInt(1)).orElse(0);
    insert(connection, storedGroupName, version, last + 1, entries);
  }

  private void insert(Connection connection, String storedGroupName, int version, int first,
      List<ModelPackageHistoryEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    if (entries.size() == 1) {
      SqlStatement.of(connection, insert)
          .bind("group_name", storedGroupName)
          .bind("package_version", version)
          .bind("entry_number", first)
          .bind("entry_document", documents.write(entries.get(0)))
          .execute();
      return;
    }
    int next = first;
    SqlStatement batch = SqlStatement.of(connection, insert);
    for (ModelPackageHistoryEntry entry : entries) {
      batch.bind("group_name", storedGroupName)
          .bind("package_version", version)
          .bind("entry_number", next++)
          .bind("entry_document", documents.write(entry))
          .add();
    }
    batch.executeBatch();
  }

  List<ModelPackageHistoryEntry> list(Connection connection, String storedGroupName, int version) {
    return SqlStatement.of(connection, list)
        .bind("group_name", storedGroupName)
        .bind("package_version", version)
        .list(rs -> documents.readHistoryEntry(rs.getString(1)));
  }
}
