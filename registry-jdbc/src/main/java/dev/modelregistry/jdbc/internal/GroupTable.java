package dev.modelregistry.jdbc.internal;

import dev.modelregistry.api.model.ModelPackageGroup;
import dev.modelregistry.api.model.SortBy;
import dev.modelregistry.api.model.SortOrder;
import dev.modelregistry.core.spi.GroupQuery;
import dev.modelregistry.core.spi.GroupRecord;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The group table: one row per group with its document, tags, policy and version counter. Names
 * are found ignoring case through {@code group_name_lower}, unique, so that {@code Churn} and
 * {@code churn} cannot coexist.
 */
final class GroupTable {
  private final SqlNames names;
  private final Dialect dialect;
  private final Documents documents;
  private final String insert;
  private final String find;
  private final String findForUpdate;
  private final String resolveName;
  private final String updateTagsAndPolicy;
  private final String delete;
  private final String allocateVersion;

  GroupTable(SqlNames names, Dialect dialect, Documents documents) {
    this.names = names;
    this.dialect = dialect;
    this.documents = documents;
    this.insert = names.render("""
        INSERT INTO ${schema}${prefix}model_package_group
            (group_name, group_name_lower, creation_time, last_version, group_document,
             tags_document, resource_policy)
        VALUES (:group_name, :group_name_lower, :creation_time, 0, :group_document,
             :tags_document, :resource_policy)""");
    String select = """
        SELECT group_document, tags_document, resource_policy
          FROM ${schema}${prefix}model_package_group
         WHERE group_name_lower = :group_name_lower""";
    this.find = names.render(select);
    this.findForUpdate = names.render(select + " FOR UPDATE");
    this.resolveName = names.render("""
        SELECT group_name FROM ${schema}${prefix}model_package_group
         WHERE group_name_lower = :group_name_lower""");
    this.updateTagsAndPolicy = names.render("""
        UPDATE ${schema}${prefix}model_package_group
           SET group_document = :group_document, tags_document = :tags_document,
               resource_policy = :resource_policy
         WHERE group_name_lower = :group_name_lower""");
    this.delete = names.render("""
        DELETE FROM ${schema}${prefix}model_package_group
         WHERE group_name_lower = :group_name_lower""");
    this.allocateVersion = names.render(dialect.allocateVersionSql());
  }

  /** Returns the key that finds a group ignoring case; names are ASCII. */
  static String lower(String groupName) {
    return groupName.toLowerCase(Locale.ROOT);
  }

  void insert(Connection connection, GroupRecord record) {
    ModelPackageGroup group = record.group();
    SqlStatement.of(connection, insert)
        .bind("group_name", group.modelPackageGroupName())
        .bind("group_name_lower", lower(group.modelPackageGroupName()))
        .bind("creation_time", group.creationTime())
        .bind("group_document", documents.write(group))
        .bind("tags_document", documents.write(record.tags()))
        .bind("resource_policy", documents.writePolicy(record.resourcePolicy()))
        .execute();
  }

  Optional<GroupRecord> find(Connection connection, String groupName) {
    return find(connection, groupName, find);
  }

  /** Finds a group and locks its row until the transaction ends. */
  Optional<GroupRecord> findForUpdate(Connection connection, String groupName) {
    return find(connection, groupName, findForUpdate);
  }

  private Optional<GroupRecord> find(Connection connection, String groupName, String sql) {
    return SqlStatement.of(connection, sql)
        .bind("group_name_lower", lower(groupName))
        .findFirst(rs -> new GroupRecord(
            documents.readGroup(rs.getString(1)),
            documents.readTags(rs.getString(2)),
            documents.readPolicy(rs.getString(3))));
  }

  /** Returns the group's name as stored (its case), found ignoring case. */
  Optional<String> resolveName(Connection connection, String groupName) {
    return SqlStatement.of(connection, resolveName)
        .bind("group_name_lower", lower(groupName))
        .findFirst(rs -> rs.getString(1));
  }

  /** Stores a group's tags, policy and document (whose revision changes with them). */
  void updateTagsAndPolicy(Connection connection, GroupRecord record) {
    SqlStatement.of(connection, updateTagsAndPolicy)
        .bind("group_name_lower", lower(record.group().modelPackageGroupName()))
        .bind("group_document", documents.write(record.group()))
        .bind("tags_document", documents.write(record.tags()))
        .bind("resource_policy", documents.writePolicy(record.resourcePolicy()))
        .execute();
  }

  boolean delete(Connection connection, String groupName) {
    return SqlStatement.of(connection, delete).bind("group_name_lower", lower(groupName)).execute() > 0;
  }

  /**
   * Reserves {@code count} versions: adds them to the group's version counter and returns the
   * group's stored name and the first of them; the row stays locked until the transaction ends.
   */
  Optional<Allocation> allocateVersions(Connection connection, String groupName, int count) {
    return SqlStatement.of(connection, allocateVersion)
        .bind("count", count)
        .bind("group_name_lower", lower(groupName))
        .findFirst(rs -> new Allocation(rs.getString(1), rs.getInt(2) - count + 1));
  }

  List<ModelPackageGroup> list(Connection connection, GroupQuery query) {
    List<String> sortColumns = query.sortBy() == SortBy.NAME
        ? List.of("group_name")
        : List.of("creation_time", "group_name");
    PageQuery page = new PageQuery(names.table("model_package_group"), "group_document",
        sortColumns, 0, query.sortOrder() == SortOrder.DESCENDING, query.limit());
    if (query.sortBy() == SortBy.CREATION_TIME) {
      page.sortIndex(names.index("group_created_ix"));
    }
    if (query.nameContains() != null) {
      page.filter("group_name_lower LIKE :name_like ESCAPE '\\'", "name_like",
          LikePattern.containing(lower(query.nameContains())));
    }
    if (query.createdAfter() != null) {
      page.filter("creation_time > :created_after", "created_after", query.createdAfter());
    }
    if (query.createdBefore() != null) {
      page.filter("creation_time < :created_before", "created_before", query.createdBefore());
    }
    GroupQuery.GroupCursor cursor = query.after();
    if (cursor != null) {
      page.after(query.sortBy() == SortBy.NAME
          ? List.of(cursor.groupName())
          : List.of(cursor.creationTime(), cursor.groupName()));
    }
    return page.documents(connection, dialect).stream().map(documents::readGroup).toList();
  }

  /** The first of the versions handed out by the counter, with the group's stored name. */
  record Allocation(String groupName, int version) {}
}
