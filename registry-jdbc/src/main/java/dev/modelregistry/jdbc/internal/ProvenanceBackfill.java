package dev.modelregistry.jdbc.internal;

import dev.modelregistry.api.model.ModelPackage;
import java.sql.Connection;
import java.util.List;

/**
 * Indexes the provenance of packages stored before their {@link ProvenanceIndex} existed, from
 * their documents, when a store opens: schema script V3 leaves a marker row, and the first store
 * to open works through the packages in key order, a page per transaction, each page's rows
 * locked, then deletes the marker. (PostgreSQL's V4 converts V3's index in SQL; the marker is
 * still there only if V3's fill had not run.) Rewriting a package's rows from its document is
 * idempotent, so stores of several processes opening at once, or an open that was interrupted,
 * do no harm.
 */
final class ProvenanceBackfill {
  private static final int PAGE = 500;

  private final Documents documents;
  private final ProvenanceIndex provenance;
  private final String pending;
  private final String restOfGroup;
  private final String nextGroups;
  private final String done;

  ProvenanceBackfill(SqlNames names, Documents documents, ProvenanceIndex provenance) {
    this.documents = documents;
    this.provenance = provenance;
    this.pending = names.render("SELECT marker FROM ${schema}${prefix}provenance_backfill");
    // Two range scans of the primary key rather than one "a > x OR (a = x AND b > y)": the
    // databases cannot seek to that OR, so each page read the table from its start, and filling
    // a million packages took quadratic time (measured: half of them in 12 minutes).
    this.restOfGroup = names.render("""
        SELECT group_name, package_document FROM ${schema}${prefix}model_package
         WHERE group_name = :group_name AND package_version > :package_version
         ORDER BY group_name, package_version FETCH FIRST %d ROWS ONLY FOR UPDATE"""
        .formatted(PAGE));
    this.nextGroups = names.render("""
        SELECT group_name, package_document FROM ${schema}${prefix}model_package
         WHERE group_name > :group_name
         ORDER BY group_name, package_version FETCH FIRST %d ROWS ONLY FOR UPDATE"""
        .formatted(PAGE));
    this.done = names.render("DELETE FROM ${schema}${prefix}provenance_backfill");
  }

  /** Returns whether packages may still need their provenance filled. */
  boolean pending(Connection connection) {
    return SqlStatement.of(connection, pending).findFirst(rs -> rs.getInt(1)).isPresent();
  }

  /**
   * Fills one page of packages after a key, in the caller's transaction.
   *
   * @return the key of the page's last package, or {@link Key#END} if there was none
   */
  Key fillPage(Connection connection, Key after) {
    List<Row> rows = SqlStatement.of(connection, restOfGroup)
        .bind("group_name", after.groupName())
        .bind("package_version", after.version())
        .list(rs -> new Row(rs.getString(1), documents.readPackage(rs.getString(2))));
    if (rows.isEmpty()) {
      rows = SqlStatement.of(connection, nextGroups)
          .bind("group_name", after.groupName())
          .list(rs -> new Row(rs.getString(1), documents.readPackage(rs.getString(2))));
    }
    for (Row row : rows) {
      provenance.refill(connection, row.groupName(), row.modelPackage());
    }
    if (rows.isEmpty()) {
      return Key.END;
    }
    Row last = rows.get(rows.size() - 1);
    return new Key(last.groupName(), last.modelPackage().modelPackageVersion());
  }

  /** Deletes the marker: every package is filled. */
  void finish(Connection connection) {
    SqlStatement.of(connection, done).execute();
  }

  /** A package's key; {@link #START} is before every package, {@link #END} after the last. */
  record Key(String groupName, int version) {
    static final Key START = new Key("", 0);
    static final Key END = new Key("", -1);
  }

  private record Row(String groupName, ModelPackage modelPackage) {}
}
