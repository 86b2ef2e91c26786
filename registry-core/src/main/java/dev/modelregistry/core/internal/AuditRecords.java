package dev.modelregistry.core.internal;

import dev.modelregistry.api.audit.AuditOperation;
import dev.modelregistry.api.audit.AuditOutcome;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.audit.FieldChange;
import dev.modelregistry.api.audit.ImmutableAuditRecord;
import dev.modelregistry.api.model.AdditionalInferenceSpecificationDefinition;
import dev.modelregistry.api.model.MetadataProperties;
import dev.modelregistry.api.model.ModelCardStatus;
import dev.modelregistry.api.model.ModelLifeCycle;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageGroup;
import dev.modelregistry.api.model.ModelPackageModelCard;
import dev.modelregistry.api.model.Tag;
import dev.modelregistry.api.model.UserContext;
import dev.modelregistry.core.spi.GroupRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Builds the audit record of each write, field changes named as SageMaker names the members.
 * Records are built inside the store's step, from the values it is about to store, with the same
 * clock reading as the write itself; the store assigns the position.
 */
final class AuditRecords {
  /** The value recorded for a large structure that changed: its content is in the package. */
  static final String CHANGED = "changed";
  /** The old value recorded for a large structure that was replaced. */
  static final String PREVIOUS = "previous";

  /** Slots of the caches of map-entry field names; a registry uses few distinct keys. */
  private static final int NAME_CACHE_SIZE = 512;
  private static final String[] CUSTOMER_METADATA_NAMES = new String[NAME_CACHE_SIZE];
  private static final String[] TAG_NAMES = new String[NAME_CACHE_SIZE];

  private AuditRecords() {}

  /**
   * Returns {@code prefix + key}, the same string as the last time while it stays in the cache:
   * the in-memory store keeps every record, and a million registrations with the same five
   * customer metadata keys should not hold five million copies of their field names. Racing
   * threads at worst build a name twice (strings are immutable, so sharing them is safe).
   */
  private static String entryName(String[] cache, String prefix, String key) {
    int hash = key.hashCode();
    int slot = (hash ^ (hash >>> 16)) & (NAME_CACHE_SIZE - 1);
    String cached = cache[slot];
    if (cached != null && cached.length() == prefix.length() + key.length()
        && cached.endsWith(key)) {
      return cached;
    }
    String name = prefix + key;
    cache[slot] = name;
    return name;
  }

  private static String customerMetadataName(String key) {
    return entryName(CUSTOMER_METADATA_NAMES, "CustomerMetadataProperties.", key);
  }

  private static String tagName(String key) {
    return entryName(TAG_NAMES, "Tags.", key);
  }

  private static ImmutableAuditRecord.Builder base(Instant time, UserContext actor,
      AuditOperation operation, String groupName, String resourceArn) {
    return AuditRecord.builder()
        .time(time)
        .actor(actor)
        .operation(operation)
        .modelPackageGroupName(groupName)
        .resourceArn(resourceArn);
  }

  // ---- groups ----

  static AuditRecord createGroup(GroupRecord created, UserContext actor) {
    ModelPackageGroup group = created.group();
    List<FieldChange> changes = new ArrayList<>();
    added(changes, "ModelPackageGroupDescription", group.modelPackageGroupDescription());
    changes.addAll(tagChanges(List.of(), created.tags()));
    return base(group.creationTime(), actor, AuditOperation.CREATE_MODEL_PACKAGE_GROUP,
        group.modelPackageGroupName(), group.modelPackageGroupArn())
        .revision(group.revision())
        .changes(changes)
        .build();
  }

  static AuditRecord deleteGroup(GroupRecord deleted, Instant time, UserContext actor) {
    ModelPackageGroup group = deleted.group();
    return base(time, actor, AuditOperation.DELETE_MODEL_PACKAGE_GROUP,
        group.modelPackageGroupName(), group.modelPackageGroupArn())
        .revision(group.revision())
        .build();
  }

  /** A change of a group's tags or policy; {@code after} carries the new revision. */
  static AuditRecord changeGroup(AuditOperation operation, GroupRecord before, GroupRecord after,
      Instant time, UserContext actor) {
    List<FieldChange> changes = new ArrayList<>(tagChanges(before.tags(), after.tags()));
    if (!Objects.equals(before.resourcePolicy(), after.resourcePolicy())) {
      changes.add(FieldChange.of("ResourcePolicy", before.policy(), after.policy()));
    }
    ModelPackageGroup group = after.group();
    return base(time, actor, operation, group.modelPackageGroupName(),
        group.modelPackageGroupArn())
        .revision(group.revision())
        .changes(changes)
        .build();
  }

  /** Returns the changed tags, by key: added, revalued and removed ones. */
  static List<FieldChange> tagChanges(List<Tag> before, List<Tag> after) {
    Map<String, String> old = tagMap(before);
    Map<String, String> now = tagMap(after);
    List<FieldChange> changes = new ArrayList<>();
    now.forEach((key, value) -> {
      String previous = old.get(key);
      if (!value.equals(previous)) {
        changes.add(FieldChange.of(tagName(key), Optional.ofNullable(previous),
            Optional.of(value)));
      }
    });
    old.forEach((key, value) -> {
      if (!now.containsKey(key)) {
        changes.add(FieldChange.of(tagName(key), Optional.of(value), Optional.empty()));
      }
    });
    return changes;
  }

  private static Map<String, String> tagMap(List<Tag> tags) {
    Map<String, String> map = new LinkedHashMap<>();
    tags.forEach(tag -> map.put(tag.key(), tag.value()));
    return map;
  }

  // ---- packages ----

  /** The registration of a package, by its creator at its creation time. */
  static AuditRecord createPackage(ModelPackage created, UserContext actor) {
    return base(created.creationTime(), actor, AuditOperation.CREATE_MODEL_PACKAGE,
        created.modelPackageGroupName(), created.modelPackageArn())
        .modelPackageVersion(created.modelPackageVersion())
        .revision(created.revision())
        .modelApprovalStatus(created.modelApprovalStatus())
        .changes(registrationChanges(created))
        .build();
  }

  /**
   * A registration an approval policy refused: it got no version, so it is recorded against the
   * group.
   */
  static AuditRecord deniedRegistration(ModelPackage proposed, String groupArn, String reason,
      UserContext actor) {
    return base(proposed.creationTime(), actor, AuditOperation.CREATE_MODEL_PACKAGE,
        proposed.modelPackageGroupName(), groupArn)
        .outcome(AuditOutcome.DENIED)
        .changes(registrationChanges(proposed))
        .reason(reason)
        .build();
  }

  /** What a registration sets: the fields a reviewer of the trail looks for. */
  static List<FieldChange> registrationChanges(ModelPackage created) {
    List<FieldChange> changes = new ArrayList<>();
    changes.add(FieldChange.of("ModelApprovalStatus", Optional.empty(),
        Optional.of(created.modelApprovalStatus().value())));
    created.modelLifeCycle().ifPresent(cycle -> {
      added(changes, "ModelLifeCycle.Stage", Optional.of(cycle.stage()));
      added(changes, "ModelLifeCycle.StageStatus", Optional.of(cycle.stageStatus()));
    });
    added(changes, "ModelPackageDescription", created.modelPackageDescription());
    created.metadataProperties().ifPresent(metadata -> {
      added(changes, "MetadataProperties.CommitId", metadata.commitId());
      added(changes, "MetadataProperties.Repository", metadata.repository());
      added(changes, "MetadataProperties.GeneratedBy", metadata.generatedBy());
      added(changes, "MetadataProperties.ProjectId", metadata.projectId());
    });
    created.customerMetadataProperties().forEach((key, value) ->
        added(changes, customerMetadataName(key), Optional.of(value)));
    return changes;
  }

  static AuditRecord updatePackage(ModelPackage updated, List<FieldChange> changes, Instant time,
      UserContext actor) {
    return base(time, actor, AuditOperation.UPDATE_MODEL_PACKAGE,
        updated.modelPackageGroupName(), updated.modelPackageArn())
        .modelPackageVersion(updated.modelPackageVersion())
        .revision(updated.revision())
        .modelApprovalStatus(updated.modelApprovalStatus())
        .changes(changes)
        .build();
  }

  /** An update an approval policy refused: the package stays as it is. */
  static AuditRecord deniedUpdate(ModelPackage current, List<FieldChange> requested,
      String reason, Instant time, UserContext actor) {
    return base(time, actor, AuditOperation.UPDATE_MODEL_PACKAGE,
        current.modelPackageGroupName(), current.modelPackageArn())
        .outcome(AuditOutcome.DENIED)
        .modelPackageVersion(current.modelPackageVersion())
        .revision(current.revision())
        .modelApprovalStatus(current.modelApprovalStatus())
        .changes(requested)
        .reason(reason)
        .build();
  }

  static AuditRecord deletePackage(ModelPackage deleted, Instant time, UserContext actor) {
    return base(time, actor, AuditOperation.DELETE_MODEL_PACKAGE,
        deleted.modelPackageGroupName(), deleted.modelPackageArn())
        .modelPackageVersion(deleted.modelPackageVersion())
        .revision(deleted.revision())
        .build();
  }

  /** Returns what an update changes in the fields an update may touch. */
  static List<FieldChange> packageChanges(ModelPackage before, ModelPackage after) {
    List<FieldChange> changes = new ArrayList<>();
    if (before.modelApprovalStatus() != after.modelApprovalStatus()) {
      changes.add(FieldChange.of("ModelApprovalStatus",
          Optional.of(before.modelApprovalStatus().value()),
          Optional.of(after.modelApprovalStatus().value())));
    }
    changed(changes, "ApprovalDescription", before.approvalDescription(),
        after.approvalDescription());
    Set<String> keys = new TreeSet<>(before.customerMetadataProperties().keySet());
    keys.addAll(after.customerMetadataProperties().keySet());
    for (String key : keys) {
      changed(changes, customerMetadataName(key),
          Optional.ofNullable(before.customerMetadataProperties().get(key)),
          Optional.ofNullable(after.customerMetadataProperties().get(key)));
    }
    Set<String> existing = new TreeSet<>();
    before.additionalInferenceSpecifications()
        .forEach(spec -> existing.add(spec.name()));
    for (AdditionalInferenceSpecificationDefinition spec
        : after.additionalInferenceSpecifications()) {
      if (!existing.contains(spec.name())) {
        changes.add(FieldChange.of("AdditionalInferenceSpecifications." + spec.name(),
            Optional.empty(), Optional.of("added")));
      }
    }
    if (!before.inferenceSpecification().equals(after.inferenceSpecification())) {
      changes.add(FieldChange.of("InferenceSpecification",
          before.inferenceSpecification().map(spec -> PREVIOUS), Optional.of(CHANGED)));
    }
    changed(changes, "SourceUri", before.sourceUri(), after.sourceUri());
    Function<Optional<ModelPackageModelCard>, Optional<String>> cardStatus = card -> card
        .flatMap(ModelPackageModelCard::modelCardStatus).map(ModelCardStatus::value);
    changed(changes, "ModelCard.ModelCardStatus", cardStatus.apply(before.modelCard()),
        cardStatus.apply(after.modelCard()));
    Optional<String> oldContent =
        before.modelCard().flatMap(ModelPackageModelCard::modelCardContent);
    Optional<String> newContent =
        after.modelCard().flatMap(ModelPackageModelCard::modelCardContent);
    if (!oldContent.equals(newContent)) {
      // The content is a JSON document of any size: the trail says that it changed.
      changes.add(FieldChange.of("ModelCard.ModelCardContent", oldContent.map(c -> PREVIOUS),
          newContent.map(c -> CHANGED)));
    }
    Optional<ModelLifeCycle> oldCycle = before.modelLifeCycle();
    Optional<ModelLifeCycle> newCycle = after.modelLifeCycle();
    changed(changes, "ModelLifeCycle.Stage", oldCycle.map(ModelLifeCycle::stage),
        newCycle.map(ModelLifeCycle::stage));
    changed(changes, "ModelLifeCycle.StageStatus", oldCycle.map(ModelLifeCycle::stageStatus),
        newCycle.map(ModelLifeCycle::stageStatus));
    changed(changes, "ModelLifeCycle.StageDescription",
        oldCycle.flatMap(ModelLifeCycle::stageDescription),
        newCycle.flatMap(ModelLifeCycle::stageDescription));
    return changes;
  }

  /** Returns whether a package's metadata properties set no field: the same as none. */
  static boolean isEmpty(MetadataProperties metadata) {
    return metadata.commitId().isEmpty() && metadata.repository().isEmpty()
        && metadata.generatedBy().isEmpty() && metadata.projectId().isEmpty();
  }

  private static void added(List<FieldChange> changes, String field, Optional<String> value) {
    value.ifPresent(v -> changes.add(FieldChange.of(field, Optional.empty(), Optional.of(v))));
  }

  private static void changed(List<FieldChange> changes, String field, Optional<String> before,
      Optional<String> after) {
    if (!before.equals(after)) {
      changes.add(FieldChange.of(field, before, after));
    }
  }
}
