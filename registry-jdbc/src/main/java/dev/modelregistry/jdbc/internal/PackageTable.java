package dev.modelregistry.jdbc.internal;

import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageHistoryEntry;
import dev.modelregistry.api.model.SortBy;
import dev.modelregistry.api.model.SortOrder;
import dev.modelregistry.core.spi.ClientTokenClaim;
import dev.modelregistry.core.spi.PackageQuery;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The package table: one row per package, the whole package as a document, and beside it the
 * columns that find, order and filter packages. Rows are keyed by the group's stored name and
 * the version; a group given in any case is resolved to its stored name in the same statement.
 */
final class PackageTable {
  private static final String GROUP_BY_KEY = """
      (SELECT g.group_name FROM ${schema}${prefix}model_package_group g
        WHERE g.group_name_lower = :group_name_lower)""";

  /** Client tokens looked up per statement in a batch registration: bounds the IN list. */
  private static final int TOKENS_PER_QUERY = 100;

  private final SqlNames names;
  private final Dialect dialect;
  private final Documents documents;
  private final ProvenanceIndex provenance;
  private final String insert;
  private final @Nullable String insertWithFirstEntry;
  private final String find;
  private final String findForUpdate;
  private final String findByToken;
  private final String findByTokensIn;
  private final String update;
  private final String delete;
  private final String anyInGroup;
  private final String latest;
  private final String latestWithStatus;

  PackageTable(SqlNames names, Dialect dialect, Documents documents, ProvenanceIndex provenance) {
    this.names = names;
    this.dialect = dialect;
    this.documents = documents;
    this.provenance = provenance;
    this.insert = names.render("""
        INSERT INTO ${schema}${prefix}model_package
            (group_name, package_version, creation_time, approval_status, client_token,
             request_fingerprint, package_document%s)
        VALUES (:group_name, :package_version, :creation_time, :approval_status, :client_token,
             :request_fingerprint, :package_document%s)"""
        .formatted(provenance.insertColumns(), provenance.insertValues()));
    String withFirstEntry = dialect.insertPackageWithFirstEntrySql();
    this.insertWithFirstEntry = withFirstEntry == null ? null : names.render(withFirstEntry);
    String find = """
        SELECT group_name, package_document FROM ${schema}${prefix}model_package
         WHERE group_name = %s AND package_version = :package_version""".formatted(GROUP_BY_KEY);
    this.find = names.render(find);
    this.findForUpdate = names.render(find + " FOR UPDATE");
    this.findByToken = names.render("""
        SELECT package_document, request_fingerprint FROM ${schema}${prefix}model_package
         WHERE group_name = %s AND client_token = :client_token""".formatted(GROUP_BY_KEY));
    this.findByTokensIn = names.render("""
        SELECT client_token, package_document, request_fingerprint
          FROM ${schema}${prefix}model_package
         WHERE group_name = %s AND client_token IN (""".formatted(GROUP_BY_KEY));
    this.update = names.render("""
        UPDATE ${schema}${prefix}model_package
           SET approval_status = :approval_status, package_document = :package_document
         WHERE group_name = :group_name AND package_version = :package_version""");
    this.delete = names.render("""
        DELETE FROM ${schema}${prefix}model_package
         WHERE group_name = :group_name AND package_version = :package_version""");
    this.anyInGroup = names.render("""
        SELECT package_version FROM ${schema}${prefix}model_package
         WHERE group_name = :group_name
         ORDER BY group_name, package_version FETCH FIRST 1 ROWS ONLY""");
    this.latest = names.render("""
        SELECT package_document FROM ${schema}${prefix}model_package
         WHERE group_name = :group_name
         ORDER BY group_name DESC, package_version DESC FETCH FIRST 1 ROWS ONLY""");
    this.latestWithStatus = names.render("""
        SELECT package_document FROM ${schema}${prefix}model_package
         WHERE group_name = :group_name AND approval_status = :approval_status
         ORDER BY group_name DESC, approval_status DESC, package_version DESC
         FETCH FIRST 1 ROWS ONLY""");
  }

  void insert(Connection connection, String groupName, int version, ModelPackage modelPackage,
      @Nullable ClientTokenClaim token) {
    SqlStatement statement = SqlStatement.of(connection, insert)
        .bind("group_name", groupName)
        .bind("package_version", version)
        .bind("creation_time", modelPackage.creationTime())
        .bind("approval_status", modelPackage.modelApprovalStatus().value())
        .bind("client_token", token == null ? null : token.token())
        .bind("request_fingerprint", token == null ? null : token.requestFingerprint())
        .bind("package_document", documents.write(modelPackage));
    provenance.bindInsert(statement, modelPackage).execute();
  }

  /**
   * Inserts a package, its one first history entry and its audit record in one statement, if the
   * database can; returns false, having done nothing, if it cannot.
   */
  boolean insertWithFirstEntry(Connection connection, String groupName, int version,
      ModelPackage modelPackage, @Nullable ClientTokenClaim token, ModelPackageHistoryEntry entry,
      AuditRecord audit) {
    if (insertWithFirstEntry == null) {
      return false;
    }
    SqlStatement statement = SqlStatement.of(connection, insertWithFirstEntry)
        .bind("group_name", groupName)
        .bind("package_version", version)
        .bind("creation_time", modelPackage.creationTime())
        .bind("approval_status", modelPackage.modelApprovalStatus().value())
        .bind("client_token", token == null ? null : token.token())
        .bind("request_fingerprint", token == null ? null : token.requestFingerprint())
        .bind("package_document", documents.write(modelPackage))
        .bind("entry_document", documents.write(entry))
        .bind("record_time", audit.time())
        .bind("group_name_lower", GroupTable.lower(audit.modelPackageGroupName()))
        .bind("outcome", audit.outcome().name())
        .bind("record_document", documents.write(audit));
    provenance.bindInsert(statement, modelPackage).execute();
    return true;
  }

  /** Inserts new packages of one group with one JDBC batch. */
  void insertAll(Connection connection, String storedGroupName, List<NewRow> rows) {
    SqlStatement batch = SqlStatement.of(connection, insert);
    for (NewRow row : rows) {
      ModelPackage modelPackage = row.modelPackage();
      ClientTokenClaim token = row.token();
      batch.bind("group_name", storedGroupName)
          .bind("package_version", modelPackage.modelPackageVersion())
          .bind("creation_time", modelPackage.creationTime())
          .bind("approval_status", modelPackage.modelApprovalStatus().value())
          .bind("client_token", token == null ? null : token.token())
          .bind("request_fingerprint", token == null ? null : token.requestFingerprint())
          .bind("package_document", documents.write(modelPackage));
      provenance.bindInsert(batch, modelPackage).add();
    }
    batch.executeBatch();
  }

  /** Finds a package, its group named in any case. */
  Optional<StoredPackage> find(Connection connection, String groupName, int version) {
    return find(connection, groupName, version, find);
  }

  /** Finds a package and locks its row until the transaction ends. */
  Optional<StoredPackage> findForUpdate(Connection connection, String groupName, int version) {
    return find(connection, groupName, version, findForUpdate);
  }

  private Optional<StoredPackage> find(Connection connection, String groupName, int version, String sql) {
    return SqlStatement.of(connection, sql)
        .bind("group_name_lower", GroupTable.lower(groupName))
        .bind("package_version", version)
        .findFirst(rs -> new StoredPackage(rs.getString(1), documents.readPackage(rs.getString(2))));
  }

  /**
   * Finds the packages created with any of these client tokens in a group (named in any case),
   * with the fingerprints stored with them, keyed by token.
   */
  Map<String, TokenMatch> findByTokens(Connection connection, String groupName, List<String> tokens) {
    Map<String, TokenMatch> found = new HashMap<>();
    for (int from = 0; from < tokens.size(); from += TOKENS_PER_QUERY) {
      List<String> chunk = tokens.subList(from, Math.min(tokens.size(), from + TOKENS_PER_QUERY));
      StringBuilder in = new StringBuilder();
      for (int i = 0; i < chunk.size(); i++) {
        in.append(i == 0 ? ":t0" : ", :t" + i);
      }
      SqlStatement query = SqlStatement.of(connection, findByTokensIn + in + ")")
          .bind("group_name_lower", GroupTable.lower(groupName));
      for (int i = 0; i < chunk.size(); i++) {
        query.bind("t" + i, chunk.get(i));
      }
      query.list(rs -> Map.entry(rs.getString(1),
              new TokenMatch(documents.readPackage(rs.getString(2)), rs.getString(3))))
          .forEach(entry -> found.put(entry.getKey(), entry.getValue()));
    }
    return found;
  }

  /** Finds the package created with a client token, with the fingerprint stored with it. */
  Optional<TokenMatch> findByToken(Connection connection, String groupName, String token) {
    return SqlStatement.of(connection, findByToken)
        .bind("group_name_lower", GroupTable.lower(groupName))
        .bind("client_token", token)
        .findFirst(rs -> new TokenMatch(documents.readPackage(rs.getString(1)), rs.getString(2)));
  }

  void update(Connection connection, String storedGroupName, int version, ModelPackage modelPackage) {
    SqlStatement.of(connection, update)
        .bind("group_name", storedGroupName)
        .bind("package_version", version)
        .bind("approval_status", modelPackage.modelApprovalStatus().value())
        .bind("package_document", documents.write(modelPackage))
        .execute();
  }

  /** Deletes a package; its history goes with it (ON DELETE CASCADE). */
  boolean delete(Connection connection, String storedGroupName, int version) {
    return SqlStatement.of(connection, delete)
        .bind("group_name", storedGroupName)
        .bind("package_version", version)
        .execute() > 0;
  }

  boolean anyInGroup(Connection connection, String storedGroupName) {
    return SqlStatement.of(connection, anyInGroup).bind("group_name", storedGroupName)
        .findFirst(rs -> rs.getInt(1)).isPresent();
  }

  Optional<ModelPackage> latest(Connection connection, String storedGroupName,
      @Nullable ModelApprovalStatus status) {
    SqlStatement query = status == null
        ? SqlStatement.of(connection, latest)
        : SqlStatement.of(connection, latestWithStatus).bind("approval_status", status.value());
    return query.bind("group_name", storedGroupName)
        .findFirst(rs -> documents.readPackage(rs.getString(1)));
  }

  /**
   * Returns a page of packages.
   *
   * @param storedGroupName the stored name of the query's group, or null if it names none
   */
  List<ModelPackage> list(Connection connection, PackageQuery query, @Nullable String storedGroupName) {
    boolean oneGroup = storedGroupName != null;
    List<String> sortColumns = new ArrayList<>();
    if (query.sortBy() == SortBy.NAME) {
      sortColumns.addAll(List.of("group_name", "package_version"));
    } else if (oneGroup) {
      sortColumns.addAll(List.of("group_name", "creation_time", "package_version"));
    } else {
      sortColumns.addAll(List.of("creation_time", "group_name", "package_version"));
    }
    PageQuery page = new PageQuery(names.table("model_package"), "package_document",
        sortColumns, oneGroup ? 1 : 0, query.sortOrder() == SortOrder.DESCENDING, query.limit());
    if (query.sortBy() == SortBy.CREATION_TIME) {
      page.sortIndex(names.index(oneGroup ? "package_group_created_ix" : "package_created_ix"));
    }
    if (storedGroupName != null) {
      page.filter("group_name = :group_name", "group_name", storedGroupName);
    }
    if (query.approvalStatus() != null) {
      page.filter("approval_status = :approval_status", "approval_status",
          query.approvalStatus().value());
    }
    if (query.nameContains() != null) {
      page.filter("LOWER(group_name) LIKE :name_like ESCAPE '\\'", "name_like",
          LikePattern.containing(GroupTable.lower(query.nameContains())));
    }
    if (query.createdAfter() != null) {
      page.filter("creation_time > :created_after", "created_after", query.createdAfter());
    }
    if (query.createdBefore() != null) {
      page.filter("creation_time < :created_before", "created_before", query.createdBefore());
    }
    provenance.filter(page, query);
    PackageQuery.PackageCursor cursor = query.after();
    if (cursor != null) {
      List<Object> values = new ArrayList<>();
      for (String column : page.cursorColumns()) {
        values.add(switch (column) {
          case "group_name" -> cursor.groupName();
          case "creation_time" -> cursor.creationTime();
          default -> cursor.version();
        });
      }
      page.after(values);
    }
    return page.documents(connection, dialect).stream().map(documents::readPackage).toList();
  }

  /** A package to insert and the client token it was created with, if any. */
  record NewRow(ModelPackage modelPackage, @Nullable ClientTokenClaim token) {}

  /** A package and the stored name of its group (the key of its row). */
  record StoredPackage(String groupName, ModelPackage modelPackage) {}

  /** A package found by its client token, and the request fingerprint stored with it. */
  record TokenMatch(ModelPackage modelPackage, String requestFingerprint) {}
}
