package dev.modelregistry.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.ModelRegistryJson;
import dev.modelregistry.api.ResourceAlreadyExistsException;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageChangeType;
import dev.modelregistry.api.model.ModelPackageHistoryEntry;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Fills a group with packages quickly, for the read benchmarks: the group is created through the
 * library, its packages and their {@code Created} history entries are written with raw JDBC
 * batches into the shipped schema, documents encoded as the library encodes them. Every package
 * whose version ends in 50 (mod 100) is approved, so the latest approved version is 50 below the
 * top. Resumable: it continues after the group's counter.
 */
final class GroupLoader {
  static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
  private static final ObjectMapper DOCUMENTS = ModelRegistryJson.configure(
      JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build());
  private static final int BATCH = 1_000;

  private GroupLoader() {}

  static boolean approved(int version) {
    return version % 100 == 50;
  }

  /** Makes {@code group} hold versions 1..count (creating it if missing); returns seconds taken. */
  static double load(BenchDatabase database, String group, int count) {
    long start = System.nanoTime();
    ModelRegistry registry = database.registry();
    try {
      registry.createModelPackageGroup(
          CreateModelPackageGroupRequest.builder().modelPackageGroupName(group).build());
    } catch (ResourceAlreadyExistsException exists) {
      // Resuming an earlier load.
    }
    CreateModelPackageRequest request = TypicalPackages.request(group);
    try (Connection connection = database.connect();
        PreparedStatement last = connection.prepareStatement("SELECT last_version FROM "
            + database.table("model_package_group") + " WHERE group_name = ?");
        PreparedStatement counter = connection.prepareStatement("UPDATE "
            + database.table("model_package_group") + " SET last_version = ? WHERE group_name = ?");
        PreparedStatement packages = connection.prepareStatement("INSERT INTO "
            + database.table("model_package") + " (group_name, package_version, creation_time,"
            + " approval_status, package_document) VALUES (?, ?, ?, ?, ?)");
        PreparedStatement history = connection.prepareStatement("INSERT INTO "
            + database.table("model_package_history") + " (group_name, package_version,"
            + " entry_number, entry_document) VALUES (?, ?, 1, ?)")) {
      last.setString(1, group);
      int from;
      try (ResultSet row = last.executeQuery()) {
        row.next();
        from = row.getInt(1) + 1;
      }
      connection.setAutoCommit(false);
      for (int first = from; first <= count; first += BATCH) {
        int end = Math.min(count, first + BATCH - 1);
        for (int version = first; version <= end; version++) {
          ModelPackage modelPackage = modelPackage(request, group, version);
          packages.setString(1, group);
          packages.setInt(2, version);
          packages.setTimestamp(3, Timestamp.from(modelPackage.creationTime()));
          packages.setString(4, modelPackage.modelApprovalStatus().value());
          packages.setString(5, DOCUMENTS.writeValueAsString(modelPackage));
          packages.addBatch();
          history.setString(1, group);
          history.setInt(2, version);
          history.setString(3, DOCUMENTS.writeValueAsString(created(modelPackage)));
          history.addBatch();
        }
        packages.executeBatch();
        history.executeBatch();
        counter.setInt(1, end);
        counter.setString(2, group);
        counter.executeUpdate();
        connection.commit();
        if (count >= 100_000 && end % 100_000 == 0) {
          System.out.printf("# loaded %s/%d of %d in %.0f s%n", group, end, count,
              (System.nanoTime() - start) / 1e9);
        }
      }
    } catch (SQLException | JsonProcessingException e) {
      throw new IllegalStateException("Could not load group " + group, e);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  static ModelPackage modelPackage(CreateModelPackageRequest request, String group, int version) {
    ModelPackage modelPackage = TypicalPackages.packageFor(request,
        RawRegistry.ARN_PREFIX + group + "/" + version, version, EPOCH.plusMillis(version));
    return approved(version)
        ? dev.modelregistry.api.model.ImmutableModelPackage.copyOf(modelPackage)
            .withModelApprovalStatus(ModelApprovalStatus.APPROVED)
        : modelPackage;
  }

  private static ModelPackageHistoryEntry created(ModelPackage modelPackage) {
    return ModelPackageHistoryEntry.builder()
        .modelPackageArn(modelPackage.modelPackageArn())
        .changeType(ModelPackageChangeType.CREATED)
        .changeTime(modelPackage.creationTime())
        .changedBy(TypicalPackages.TRAINER)
        .toApprovalStatus(modelPackage.modelApprovalStatus())
        .build();
  }
}
