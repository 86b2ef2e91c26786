package dev.modelregistry.jdbc.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.modelregistry.api.ModelRegistryJson;
import dev.modelregistry.api.StorageException;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.audit.ImmutableAuditRecord;
import dev.modelregistry.api.model.ImmutableModelPackage;
import dev.modelregistry.api.model.ImmutableModelPackageHistoryEntry;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageGroup;
import dev.modelregistry.api.model.ModelPackageHistoryEntry;
import dev.modelregistry.api.model.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON documents the store keeps: values in SageMaker's wire names, with every non-ASCII
 * character escaped. Escaping makes a document pure ASCII, so it survives any database encoding
 * and keeps what UTF-8 cannot carry (a NUL in PostgreSQL text, an unpaired surrogate) verbatim.
 */
final class Documents {
  private static final TypeReference<List<Tag>> TAGS = new TypeReference<>() {};

  private final ObjectMapper mapper = ModelRegistryJson.configure(
      JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build());
  // Readers and writers bound to a type skip the per-call lookup of the root (de)serializer;
  // bound to the implementation class, they write members in the same order as before.
  private final ObjectWriter packageWriter = mapper.writerFor(ImmutableModelPackage.class);
  private final ObjectWriter historyWriter =
      mapper.writerFor(ImmutableModelPackageHistoryEntry.class);
  private final ObjectReader packageReader = mapper.readerFor(ModelPackage.class);
  private final ObjectWriter auditWriter = mapper.writerFor(ImmutableAuditRecord.class);
  private final ObjectReader auditReader = mapper.readerFor(AuditRecord.class);

  String write(ModelPackage modelPackage) {
    return modelPackage instanceof ImmutableModelPackage
        ? write(packageWriter, modelPackage)
        : write((Object) modelPackage);
  }

  String write(ModelPackageHistoryEntry entry) {
    return entry instanceof ImmutableModelPackageHistoryEntry
        ? write(historyWriter, entry)
        : write((Object) entry);
  }

  /** Writes an audit record without its position, which its row's column holds. */
  String write(AuditRecord record) {
    return write(auditWriter, ImmutableAuditRecord.copyOf(record).withPosition(0));
  }

  /** Reads an audit record and gives it the position of its row. */
  AuditRecord readAudit(String json, long position) {
    try {
      AuditRecord record = auditReader.readValue(json);
      return ImmutableAuditRecord.copyOf(record).withPosition(position);
    } catch (JsonProcessingException e) {
      throw corrupt(AuditRecord.class.getSimpleName(), e);
    }
  }

  String write(Object value) {
    return write(mapper.writer(), value);
  }

  private static String write(ObjectWriter writer, Object value) {
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new StorageException("Could not write " + value.getClass().getSimpleName()
          + " as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Writes a policy as a JSON string literal (see the class comment for why). */
  @Nullable String writePolicy(@Nullable String policy) {
    return policy == null ? null : write(policy);
  }

  ModelPackage readPackage(String json) {
    try {
      return packageReader.readValue(json);
    } catch (JsonProcessingException e) {
      throw corrupt(ModelPackage.class.getSimpleName(), e);
    }
  }

  ModelPackageGroup readGroup(String json) {
    return read(json, ModelPackageGroup.class);
  }

  ModelPackageHistoryEntry readHistoryEntry(String json) {
    return read(json, ModelPackageHistoryEntry.class);
  }

  List<Tag> readTags(String json) {
    try {
      return mapper.readValue(json, TAGS);
    } catch (JsonProcessingException e) {
      throw corrupt("tags", e);
    }
  }

  @Nullable String readPolicy(@Nullable String json) {
    return json == null ? null : read(json, String.class);
  }

  private <T> T read(String json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw corrupt(type.getSimpleName(), e);
    }
  }

  private static StorageException corrupt(String what, JsonProcessingException e) {
    return new StorageException("A stored " + what + " document could not be read: "
        + e.getOriginalMessage(), e);
  }
}
