package dev.modelregistry.inmemory.internal;

import dev.modelregistry.api.audit.AuditOutcome;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.audit.ImmutableAuditRecord;
import dev.modelregistry.core.spi.AuditQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The registry's log: the audit trail of every group and the change feed, one record per write.
 *
 * <p>Writers append while holding their group's lock, after the change itself is in place, so a
 * record is never readable before the change it describes. Positions are allocated and records
 * inserted under one log-wide lock, so positions follow the order in which writes complete, across
 * all groups. Every insertion is at the end of each sorted map (positions only grow), so a reader
 * walking a map can never see a record while missing one at a lower position that was appended
 * before it: the lower one was linked in before the higher one was. Readers take no lock.
 */
public final class AuditLog {
  private final ReentrantLock appendLock = new ReentrantLock();
  /** Each group's trail (every group that had the name), by lower-case name, denials included. */
  private final ConcurrentHashMap<String, ConcurrentSkipListMap<Long, AuditRecord>> trails =
      new ConcurrentHashMap<>();
  /** Applied records only: the change feed. */
  private final ConcurrentSkipListMap<Long, AuditRecord> feed = new ConcurrentSkipListMap<>();
  private final ConcurrentHashMap<String, Long> consumers = new ConcurrentHashMap<>();
  private long lastPosition;

  /**
   * Appends a record at the next position and returns it as stored. Callers that change a group
   * hold its lock and have already applied the change.
   */
  public AuditRecord append(AuditRecord record) {
    appendLock.lock();
    try {
      ImmutableAuditRecord stored = ImmutableAuditRecord.copyOf(record)
          .withPosition(lastPosition + 1);
      ConcurrentSkipListMap<Long, AuditRecord> trail = trails.computeIfAbsent(
          key(record.modelPackageGroupName()), name -> new ConcurrentSkipListMap<>());
      trail.put(stored.position(), stored);
      if (stored.outcome() == AuditOutcome.APPLIED) {
        feed.put(stored.position(), stored);
      }
      lastPosition = stored.position();
      return stored;
    } finally {
      appendLock.unlock();
    }
  }

  /** Returns a page of a group's or package's trail. */
  public List<AuditRecord> list(AuditQuery query) {
    ConcurrentSkipListMap<Long, AuditRecord> trail = trails.get(key(query.groupName()));
    if (trail == null) {
      return List.of();
    }
    Integer version = query.version();
    Instant notAfter = query.notAfter();
    List<AuditRecord> page = new ArrayList<>(Math.min(query.limit(), 128));
    for (AuditRecord record : trail.tailMap(query.afterPosition(), false).values()) {
      if (version != null && !record.modelPackageVersion().equals(java.util.Optional.of(version))) {
        continue;
      }
      if (notAfter != null && record.time().isAfter(notAfter)) {
        continue;
      }
      page.add(record);
      if (page.size() == query.limit()) {
        break;
      }
    }
    return page;
  }

  /** Returns applied records after a position, in position order. */
  public List<AuditRecord> readFeed(long afterPosition, int limit) {
    List<AuditRecord> page = new ArrayList<>(Math.min(limit, 128));
    for (AuditRecord record : feed.tailMap(afterPosition, false).values()) {
      page.add(record);
      if (page.size() == limit) {
        break;
      }
    }
    return page;
  }

  public OptionalLong findConsumer(String consumerName) {
    Long position = consumers.get(consumerName);
    return position == null ? OptionalLong.empty() : OptionalLong.of(position);
  }

  public void saveConsumer(String consumerName, long position) {
    consumers.put(consumerName, position);
  }

  /** Deletes records older than {@code olderThan} from the trails and the feed. */
  public long prune(Instant olderThan) {
    long deleted = 0;
    for (Map<Long, AuditRecord> trail : trails.values()) {
      Iterator<AuditRecord> records = trail.values().iterator();
      while (records.hasNext()) {
        AuditRecord record = records.next();
        if (record.time().isBefore(olderThan)) {
          records.remove();
          feed.remove(record.position());
          deleted++;
        }
      }
    }
    return deleted;
  }

  private static String key(String groupName) {
    return groupName.toLowerCase(Locale.ROOT);
  }
}
