package dev.modelregistry.jdbc.internal;

import dev.modelregistry.api.StorageException;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.core.spi.ClientTokenClaim;
import dev.modelregistry.core.spi.NewPackage;
import dev.modelregistry.core.spi.PackageFactory;
import dev.modelregistry.core.spi.PackageInsertion;
import dev.modelregistry.core.spi.PackageWrite;
import dev.modelregistry.core.spi.StoreErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Registers packages, one or a batch, each in one transaction: finds the earlier packages of
 * client tokens, takes versions from the group's counter, and writes the package rows, their
 * first history entries, provenance index rows and audit records. A race on a client token's
 * unique key runs the registration again, which then finds the winner's package.
 */
final class PackageRegistrations {
  private final Transactions transactions;
  private final GroupTable groups;
  private final PackageTable packages;
  private final HistoryTable history;
  private final ProvenanceIndex provenance;
  private final AuditLog auditLog;

  PackageRegistrations(Transactions transactions, GroupTable groups, PackageTable packages,
      HistoryTable history, ProvenanceIndex provenance, AuditLog auditLog) {
    this.transactions = transactions;
    this.groups = groups;
    this.packages = packages;
    this.history = history;
    this.provenance = provenance;
    this.auditLog = auditLog;
  }

  /** See {@link dev.modelregistry.core.spi.RegistryStore#insertPackage}. */
  PackageInsertion insert(
      String groupName, @Nullable ClientTokenClaim token, PackageFactory factory) {
    return retryingDuplicates("register a package in group " + groupName, connection -> {
      if (token != null) {
        Optional<PackageTable.TokenMatch> earlier =
            packages.findByToken(connection, groupName, token.token());
        if (earlier.isPresent()) {
          return PackageInsertion.existing(
              earlier.get().modelPackage(), earlier.get().requestFingerprint());
        }
      }
      GroupTable.Allocation allocation = groups.allocateVersions(connection, groupName, 1)
          .orElseThrow(() -> StoreErrors.groupNotFound(groupName));
      PackageWrite write = factory.create(allocation.groupName(), allocation.version());
      AuditRecord audit = auditOf(write);
      boolean together = write.history().size() == 1
          && packages.insertWithFirstEntry(connection, allocation.groupName(),
              allocation.version(), write.modelPackage(), token, write.history().get(0), audit);
      if (!together) {
        packages.insert(connection, allocation.groupName(), allocation.version(),
            write.modelPackage(), token);
        history.insertFirst(connection, allocation.groupName(), allocation.version(),
            write.history());
        provenance.inserted(connection, allocation.groupName(), List.of(write.modelPackage()));
        auditLog.append(connection, audit);
      }
      return PackageInsertion.created(write.modelPackage());
    });
  }

  /** See {@link dev.modelregistry.core.spi.RegistryStore#insertPackages}. */
  List<PackageInsertion> insertAll(String groupName, List<NewPackage> batch) {
    return retryingDuplicates("register " + batch.size() + " packages in group " + groupName,
        connection -> {
          List<String> tokens = new ArrayList<>();
          for (NewPackage candidate : batch) {
            if (candidate.token() != null) {
              tokens.add(candidate.token().token());
            }
          }
          Map<String, PackageTable.TokenMatch> earlier = tokens.isEmpty()
              ? Map.of()
              : packages.findByTokens(connection, groupName, tokens);
          int fresh = 0;
          for (NewPackage candidate : batch) {
            ClientTokenClaim token = candidate.token();
            PackageTable.TokenMatch match = token == null ? null : earlier.get(token.token());
            if (match == null) {
              fresh++;
            } else {
              token.requireSameRequest(match.modelPackage(), match.requestFingerprint());
            }
          }
          List<PackageInsertion> insertions = new ArrayList<>(batch.size());
          if (fresh == 0) {
            for (NewPackage candidate : batch) {
              PackageTable.TokenMatch match = earlier.get(candidate.token().token());
              insertions.add(PackageInsertion.existing(match.modelPackage(),
                  match.requestFingerprint()));
            }
            return insertions;
          }
          GroupTable.Allocation allocation = groups.allocateVersions(connection, groupName, fresh)
              .orElseThrow(() -> StoreErrors.groupNotFound(groupName));
          int version = allocation.version();
          List<PackageTable.NewRow> rows = new ArrayList<>(fresh);
          List<PackageWrite> writes = new ArrayList<>(fresh);
          for (NewPackage candidate : batch) {
            ClientTokenClaim token = candidate.token();
            PackageTable.TokenMatch match = token == null ? null : earlier.get(token.token());
            if (match != null) {
              insertions.add(PackageInsertion.existing(match.modelPackage(),
                  match.requestFingerprint()));
              continue;
            }
            PackageWrite write = candidate.factory().create(allocation.groupName(), version++);
            rows.add(new PackageTable.NewRow(write.modelPackage(), token));
            writes.add(write);
            insertions.add(PackageInsertion.created(write.modelPackage()));
          }
          packages.insertAll(connection, allocation.groupName(), rows);
          history.insertFirst(connection, allocation.groupName(), writes);
          List<ModelPackage> created = new ArrayList<>(writes.size());
          List<AuditRecord> records = new ArrayList<>(writes.size());
          for (PackageWrite write : writes) {
            created.add(write.modelPackage());
            records.add(auditOf(write));
          }
          provenance.inserted(connection, allocation.groupName(), created);
          auditLog.appendAll(connection, records);
          return insertions;
        });
  }

  /**
   * Runs a registration, again when it collided on a unique key (another caller stored the same
   * client token first: the next attempt finds its package).
   */
  private <T> T retryingDuplicates(String operation, Transactions.Work<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transactions.inTransactionOrDuplicate(operation, work);
      } catch (DuplicateKeyException e) {
        if (attempt >= transactions.maxAttempts()) {
          throw new StorageException("The registry could not " + operation + " after " + attempt
              + " attempts that collided on a unique key", e);
        }
      }
    }
  }

  /** Returns the audit record of a registration, which must have one. */
  private static AuditRecord auditOf(PackageWrite write) {
    AuditRecord audit = write.audit();
    if (audit == null) {
      throw new IllegalArgumentException("a registration's write needs its audit record: "
          + write.modelPackage().modelPackageArn());
    }
    return audit;
  }
}
