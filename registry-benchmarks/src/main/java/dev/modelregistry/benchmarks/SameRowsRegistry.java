package dev.modelregistry.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.modelregistry.api.ModelRegistryJson;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageChangeType;
import dev.modelregistry.api.model.ModelPackageHistoryEntry;
import dev.modelregistry.api.model.MetadataProperties;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Hand-written JDBC writing the rows the library writes for a registration since governance
 * (issue #4), to show what the library itself costs beyond them: the version counter update, the
 * package row with its provenance (a {@code jsonb} document on PostgreSQL; four columns and one
 * side-table row per customer metadata entry on H2), the first history entry and an audit row
 * (carrying the package's JSON, the size of the library's record of a registration); one
 * transaction, statements prepared once; also as a bulk import, one JDBC batch per table. Not a
 * target of issue #5: the baselines stay {@link RawRegistry}'s one row per package. Not
 * thread-safe: one per thread.
 */
final class SameRowsRegistry extends HandWrittenJdbc {
  private static final ObjectMapper JSON = ModelRegistryJson.newObjectMapper();
  private static final ObjectWriter PACKAGE_WRITER = JSON.writerFor(ModelPackage.class);
  private static final ObjectWriter ENTRY_WRITER = JSON.writerFor(ModelPackageHistoryEntry.class);

  private final boolean postgres;
  private final PreparedStatement insertPackage;
  private final PreparedStatement insertEntry;
  private final PreparedStatement insertMetadata;
  private final PreparedStatement insertAudit;

  SameRowsRegistry(BenchDatabase database) {
    super(database);
    this.postgres = database.isPostgres();
    try {
      insertPackage = connection.prepareStatement("INSERT INTO "
          + database.table("model_package")
          + " (group_name, package_version, creation_time, approval_status, package_document, "
          + (postgres
              ? "provenance) VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb))"
              : "commit_id, repository, generated_by, project_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
      insertEntry = connection.prepareStatement("INSERT INTO "
          + database.table("model_package_history")
          + " (group_name, package_version, entry_number, entry_document) VALUES (?, ?, 1, ?)");
      insertMetadata = postgres ? null : connection.prepareStatement("INSERT INTO "
          + database.table("customer_metadata")
          + " (meta_group_name, meta_version, meta_key, meta_value) VALUES (?, ?, ?, ?)");
      insertAudit = connection.prepareStatement("INSERT INTO " + database.table("audit_log")
          + " (record_time, group_name, group_name_lower, package_version, outcome,"
          + " record_document) VALUES (?, ?, ?, ?, 'SUCCEEDED', ?)");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Registers one package, writing the library's rows in one transaction. */
  ModelPackage register(String groupName, CreateModelPackageRequest request) {
    try {
      connection.setAutoCommit(false);
      String lower = groupName.toLowerCase(Locale.ROOT);
      int version = allocate(lower, 1);
      Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
      ModelPackage created = bindRows(groupName, lower, version, now, request);
      insertPackage.executeUpdate();
      insertEntry.executeUpdate();
      if (!postgres) {
        insertMetadata.executeBatch();
      }
      insertAudit.executeUpdate();
      connection.commit();
      connection.setAutoCommit(true);
      return created;
    } catch (SQLException | JsonProcessingException e) {
      throw rollback(e);
    }
  }

  /**
   * Registers {@code count} packages in one transaction, as a bulk import written by hand would:
   * one counter update reserving the versions, then one JDBC batch per table.
   */
  int registerBatch(String groupName, CreateModelPackageRequest request, int count) {
    try {
      connection.setAutoCommit(false);
      String lower = groupName.toLowerCase(Locale.ROOT);
      int last = allocate(lower, count);
      Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
      for (int version = last - count + 1; version <= last; version++) {
        bindRows(groupName, lower, version, now, request);
        insertPackage.addBatch();
        insertEntry.addBatch();
        insertAudit.addBatch();
      }
      insertPackage.executeBatch();
      insertEntry.executeBatch();
      if (!postgres) {
        insertMetadata.executeBatch();
      }
      insertAudit.executeBatch();
      connection.commit();
      connection.setAutoCommit(true);
      return last;
    } catch (SQLException | JsonProcessingException e) {
      throw rollback(e);
    }
  }

  /**
   * Builds a version's package and binds its rows' parameters: the package, history entry and
   * audit statements' current parameters, and (on H2) one batch entry per customer metadata entry.
   */
  private ModelPackage bindRows(String groupName, String lower, int version, Instant now,
      CreateModelPackageRequest request) throws SQLException, JsonProcessingException {
    Timestamp time = Timestamp.from(now);
    ModelPackage created = TypicalPackages.packageFor(request,
        RawRegistry.ARN_PREFIX + groupName + "/" + version, version, now);
    String document = PACKAGE_WRITER.writeValueAsString(created);
    MetadataProperties properties = created.metadataProperties().orElseThrow();
    insertPackage.setString(1, groupName);
    insertPackage.setInt(2, version);
    insertPackage.setTimestamp(3, time);
    insertPackage.setString(4, created.modelApprovalStatus().value());
    insertPackage.setString(5, document);
    if (postgres) {
      Map<String, Object> provenance = new LinkedHashMap<>();
      provenance.put("MetadataProperties", properties);
      provenance.put("CustomerMetadataProperties", created.customerMetadataProperties());
      insertPackage.setString(6, JSON.writeValueAsString(provenance));
    } else {
      List<String> values = List.of(properties.commitId().orElseThrow(),
          properties.repository().orElseThrow(), properties.generatedBy().orElseThrow(),
          properties.projectId().orElseThrow());
      for (int i = 0; i < values.size(); i++) {
        insertPackage.setString(6 + i, values.get(i));
      }
    }
    insertEntry.setString(1, groupName);
    insertEntry.setInt(2, version);
    insertEntry.setString(3, ENTRY_WRITER.writeValueAsString(ModelPackageHistoryEntry.builder()
        .modelPackageArn(created.modelPackageArn())
        .changeType(ModelPackageChangeType.CREATED)
        .changeTime(now)
        .changedBy(TypicalPackages.TRAINER)
        .toApprovalStatus(created.modelApprovalStatus())
        .build()));
    if (!postgres) {
      for (Map.Entry<String, String> entry : created.customerMetadataProperties().entrySet()) {
        insertMetadata.setString(1, groupName);
        insertMetadata.setInt(2, version);
        insertMetadata.setString(3, entry.getKey());
        insertMetadata.setString(4, entry.getValue());
        insertMetadata.addBatch();
      }
    }
    insertAudit.setTimestamp(1, time);
    insertAudit.setString(2, groupName);
    insertAudit.setString(3, lower);
    insertAudit.setInt(4, version);
    insertAudit.setString(5, document);
    return created;
  }
}
