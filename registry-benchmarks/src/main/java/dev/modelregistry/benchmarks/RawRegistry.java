package dev.modelregistry.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.modelregistry.api.ModelRegistryJson;
import dev.modelregistry.api.model.ImmutableModelPackage;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The physical-limit baselines: hand-written JDBC doing the minimal work of each operation on the
 * same database and tables as the library, over one plain connection with its statements
 * prepared once. Packages travel as JSON in the same column as the library's (encoded and decoded
 * with a plain {@code ModelRegistryJson} mapper); no validation, no history, no events, no pool.
 * Not thread-safe: one per thread.
 */
final class RawRegistry extends HandWrittenJdbc {
  static final String ARN_PREFIX = "arn:aws:sagemaker:us-east-1:000000000000:model-package/";
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      ModelRegistryJson.newObjectMapper();
  private static final ObjectWriter WRITER = JSON.writerFor(ModelPackage.class);
  private static final ObjectReader READER = JSON.readerFor(ImmutableModelPackage.class);

  private final PreparedStatement insert;
  private final PreparedStatement find;
  private final PreparedStatement findForUpdate;
  private final PreparedStatement update;
  private final PreparedStatement page;
  private final PreparedStatement latestApproved;

  RawRegistry(BenchDatabase database) {
    super(database);
    String packages = database.table("model_package");
    try {
      insert = connection.prepareStatement("INSERT INTO " + packages
          + " (group_name, package_version, creation_time, approval_status, package_document)"
          + " VALUES (?, ?, ?, ?, ?)");
      find = connection.prepareStatement("SELECT package_document FROM " + packages
          + " WHERE group_name = ? AND package_version = ?");
      findForUpdate = connection.prepareStatement("SELECT package_document FROM " + packages
          + " WHERE group_name = ? AND package_version = ? FOR UPDATE");
      update = connection.prepareStatement("UPDATE " + packages
          + " SET approval_status = ?, package_document = ?"
          + " WHERE group_name = ? AND package_version = ?");
      page = connection.prepareStatement("SELECT package_document FROM " + packages
          + " WHERE group_name = ? AND package_version > ?"
          + " ORDER BY group_name, package_version FETCH FIRST 50 ROWS ONLY");
      latestApproved = connection.prepareStatement("SELECT package_document FROM " + packages
          + " WHERE group_name = ? AND approval_status = 'Approved'"
          + " ORDER BY group_name DESC, approval_status DESC, package_version DESC"
          + " FETCH FIRST 1 ROWS ONLY");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Registers one package: one transaction that increments the group's counter and inserts one
   * row carrying the package as JSON.
   */
  ModelPackage register(String groupName, CreateModelPackageRequest request) {
    try {
      connection.setAutoCommit(false);
      int version = allocate(groupName.toLowerCase(java.util.Locale.ROOT), 1);
      Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
      ModelPackage created = TypicalPackages.packageFor(request,
          ARN_PREFIX + groupName + "/" + version, version, now);
      insert.setString(1, groupName);
      insert.setInt(2, version);
      insert.setTimestamp(3, Timestamp.from(now));
      insert.setString(4, created.modelApprovalStatus().value());
      insert.setString(5, WRITER.writeValueAsString(created));
      insert.executeUpdate();
      connection.commit();
      connection.setAutoCommit(true);
      return created;
    } catch (SQLException | JsonProcessingException e) {
      throw rollback(e);
    }
  }

  /**
   * Registers {@code count} packages in one transaction: reserves the versions with one counter
   * update and inserts the rows with one JDBC batch.
   */
  int registerBatch(String groupName, CreateModelPackageRequest request, int count) {
    try {
      connection.setAutoCommit(false);
      int last = allocate(groupName.toLowerCase(java.util.Locale.ROOT), count);
      Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
      Timestamp time = Timestamp.from(now);
      for (int version = last - count + 1; version <= last; version++) {
        ModelPackage created = TypicalPackages.packageFor(request,
            ARN_PREFIX + groupName + "/" + version, version, now);
        insert.setString(1, groupName);
        insert.setInt(2, version);
        insert.setTimestamp(3, time);
        insert.setString(4, created.modelApprovalStatus().value());
        insert.setString(5, WRITER.writeValueAsString(created));
        insert.addBatch();
      }
      insert.executeBatch();
      connection.commit();
      connection.setAutoCommit(true);
      return last;
    } catch (SQLException | JsonProcessingException e) {
      throw rollback(e);
    }
  }

  /** Reads one package by its key and decodes it. */
  ModelPackage describe(String storedGroupName, int version) {
    try {
      find.setString(1, storedGroupName);
      find.setInt(2, version);
      try (ResultSet row = find.executeQuery()) {
        row.next();
        return READER.readValue(row.getString(1));
      }
    } catch (SQLException | JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads the 50 packages after a version, in version order, walking the primary key. */
  List<ModelPackage> page(String storedGroupName, int afterVersion) {
    try {
      page.setString(1, storedGroupName);
      page.setInt(2, afterVersion);
      List<ModelPackage> packages = new ArrayList<>(50);
      try (ResultSet rows = page.executeQuery()) {
        while (rows.next()) {
          packages.add(READER.readValue(rows.getString(1)));
        }
      }
      return packages;
    } catch (SQLException | JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads the approved package with the highest version, walking the approval index. */
  Optional<ModelPackage> latestApproved(String storedGroupName) {
    try {
      latestApproved.setString(1, storedGroupName);
      try (ResultSet row = latestApproved.executeQuery()) {
        return row.next()
            ? Optional.of(READER.readValue(row.getString(1)))
            : Optional.empty();
      }
    } catch (SQLException | JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sets a package's approval status: read it locked, change it, write it back; one transaction. */
  ModelPackage updateApproval(String storedGroupName, int version, ModelApprovalStatus status) {
    try {
      connection.setAutoCommit(false);
      findForUpdate.setString(1, storedGroupName);
      findForUpdate.setInt(2, version);
      ModelPackage current;
      try (ResultSet row = findForUpdate.executeQuery()) {
        row.next();
        current = READER.readValue(row.getString(1));
      }
      ModelPackage changed = ImmutableModelPackage.copyOf(current).withModelApprovalStatus(status);
      update.setString(1, status.value());
      update.setString(2, WRITER.writeValueAsString(changed));
      update.setString(3, storedGroupName);
      update.setInt(4, version);
      update.executeUpdate();
      connection.commit();
      connection.setAutoCommit(true);
      return changed;
    } catch (SQLException | JsonProcessingException e) {
      throw rollback(e);
    }
  }
}
