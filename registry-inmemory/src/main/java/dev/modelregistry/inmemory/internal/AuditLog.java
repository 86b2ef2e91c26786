package dev.modelregistry.inmemory.internal;

import dev.modelregistry.api.audit.AuditOutcome;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.audit.FieldChange;
import dev.modelregistry.api.audit.ImmutableAuditRecord;
import dev.modelregistry.core.spi.AuditQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * The registry's log: the audit trail of every group and the change feed, one record per write.
 *
 * <p>Order: writers append while holding their group's lock, after the change itself is in
 * place, so a record is never readable before the change it describes. Positions are allocated
 * one after the other (1, 2, 3, ...) under one log-wide lock, so they follow the order in which
 * writes complete, across all groups. A record is published by raising {@code published} (a
 * volatile write) after its slot is filled, and readers read {@code published} before any slot,
 * so a reader that sees position {@code p} sees every record below it: no gaps, no lock for
 * readers.
 *
 * <p>Memory: the store keeps every record until it is pruned, so records are kept compactly (a
 * table indexed by position instead of sorted maps with boxed keys; field changes as a flat
 * array instead of one object each) and rebuilt when read; reading the trail is rare next to
 * writing it.
 */
public final class AuditLog {
  private static final int CHUNK_BITS = 10;
  private static final int CHUNK_SIZE = 1 << CHUNK_BITS;

  private final ReentrantLock appendLock = new ReentrantLock();
  /** Each group's positions (every group that had the name), by lower-case name. */
  private final ConcurrentHashMap<String, PositionList> trails = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Long> consumers = new ConcurrentHashMap<>();
  /** Chunks of entries; position p is at index p - 1. Replaced, never changed, when it grows. */
  private volatile @Nullable Entry[][] chunks = new Entry[0][];
  /** The highest position whose record can be read. */
  private volatile long published;
  /** No record lives below this position (all pruned). */
  private volatile long firstLive = 1;

  /**
   * Appends a record at the next position and returns it as stored. Callers that change a group
   * hold its lock and have already applied the change.
   */
  public AuditRecord append(AuditRecord record) {
    appendLock.lock();
    try {
      long position = published + 1;
      ImmutableAuditRecord stored = ImmutableAuditRecord.copyOf(record).withPosition(position);
      slots(position)[slot(position)] = Entry.of(stored);
      trails.computeIfAbsent(key(record.modelPackageGroupName()), name -> new PositionList())
          .add(position);
      published = position;
      return stored;
    } finally {
      appendLock.unlock();
    }
  }

  /** Returns a page of a group's or package's trail. */
  public List<AuditRecord> list(AuditQuery query) {
    PositionList trail = trails.get(key(query.groupName()));
    if (trail == null || query.afterPosition() >= published) {
      return List.of();
    }
    Integer version = query.version();
    Instant notAfter = query.notAfter();
    List<AuditRecord> page = new ArrayList<>(Math.min(query.limit(), 128));
    int size = trail.size;
    long[] positions = trail.positions;
    int start = Arrays.binarySearch(positions, 0, size, query.afterPosition() + 1);
    for (int i = start >= 0 ? start : -start - 1; i < size; i++) {
      Entry entry = entry(positions[i]);
      if (entry == null
          || (version != null && !version.equals(entry.bare.modelPackageVersion().orElse(null)))
          || (notAfter != null && entry.bare.time().isAfter(notAfter))) {
        continue;
      }
      page.add(entry.record());
      if (page.size() == query.limit()) {
        break;
      }
    }
    return page;
  }

  /** Returns applied records after a position, in position order. */
  public List<AuditRecord> readFeed(long afterPosition, int limit) {
    long last = published;
    if (afterPosition >= last) {
      return List.of();
    }
    List<AuditRecord> page = new ArrayList<>(Math.min(limit, 128));
    for (long p = Math.max(afterPosition + 1, firstLive); p <= last; p++) {
      Entry entry = entry(p);
      if (entry != null && entry.bare.outcome() == AuditOutcome.APPLIED) {
        page.add(entry.record());
        if (page.size() == limit) {
          break;
        }
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

  /**
   * Deletes records older than {@code olderThan} from the trails and the feed. Holds the append
   * lock, so writers wait while it runs; readers do not.
   */
  public long prune(Instant olderThan) {
    appendLock.lock();
    try {
      long deleted = 0;
      long last = published;
      for (long p = firstLive; p <= last; p++) {
        Entry entry = entry(p);
        if (entry != null && entry.bare.time().isBefore(olderThan)) {
          slots(p)[slot(p)] = null;
          deleted++;
        }
      }
      if (deleted == 0) {
        return 0;
      }
      long first = firstLive;
      while (first <= last && entry(first) == null) {
        first++;
      }
      firstLive = first;
      // Drop the chunks wholly below the first live record, and the pruned positions of trails.
      Entry[][] current = chunks;
      Entry[][] trimmed = current.clone();
      for (int c = 0; c < trimmed.length && (long) (c + 1) * CHUNK_SIZE < first; c++) {
        trimmed[c] = null;
      }
      chunks = trimmed;
      for (Map.Entry<String, PositionList> trail : trails.entrySet()) {
        trail.setValue(trail.getValue().retainLive(this));
      }
      return deleted;
    } finally {
      appendLock.unlock();
    }
  }

  private @Nullable Entry entry(long position) {
    Entry[][] current = chunks;
    int chunk = (int) ((position - 1) >>> CHUNK_BITS);
    if (position < 1 || chunk >= current.length) {
      return null;
    }
    Entry[] slots = current[chunk];
    return slots == null ? null : slots[slot(position)];
  }

  /** Returns the chunk holding a position, growing the table; under the append lock. */
  private Entry[] slots(long position) {
    int chunk = (int) ((position - 1) >>> CHUNK_BITS);
    Entry[][] current = chunks;
    if (chunk >= current.length) {
      Entry[][] grown = Arrays.copyOf(current, Math.max(chunk + 1, current.length * 2));
      for (int c = current.length; c < grown.length; c++) {
        grown[c] = new Entry[CHUNK_SIZE];
      }
      chunks = grown;
      current = grown;
    }
    return current[chunk];
  }

  private static int slot(long position) {
    return (int) ((position - 1) & (CHUNK_SIZE - 1));
  }

  private static String key(String groupName) {
    return groupName.toLowerCase(Locale.ROOT);
  }

  /** A stored record: the record without its changes, and the changes as a flat array. */
  private static final class Entry {
    private static final String[] NONE = new String[0];

    final ImmutableAuditRecord bare;
    /** Field, old value, new value (null when absent), for each change in order. */
    final @Nullable String[] changes;

    private Entry(ImmutableAuditRecord bare, @Nullable String[] changes) {
      this.bare = bare;
      this.changes = changes;
    }

    static Entry of(ImmutableAuditRecord record) {
      List<FieldChange> list = record.changes();
      if (list.isEmpty()) {
        return new Entry(record, NONE);
      }
      @Nullable String[] flat = new String[list.size() * 3];
      for (int i = 0; i < list.size(); i++) {
        FieldChange change = list.get(i);
        flat[3 * i] = change.field();
        flat[3 * i + 1] = change.oldValue().orElse(null);
        flat[3 * i + 2] = change.newValue().orElse(null);
      }
      return new Entry(record.withChanges(List.of()), flat);
    }

    AuditRecord record() {
      if (changes.length == 0) {
        return bare;
      }
      List<FieldChange> list = new ArrayList<>(changes.length / 3);
      for (int i = 0; i < changes.length; i += 3) {
        list.add(FieldChange.of(String.valueOf(changes[i]), Optional.ofNullable(changes[i + 1]),
            Optional.ofNullable(changes[i + 2])));
      }
      return bare.withChanges(list);
    }
  }

  /**
   * A group's positions in rising order. One writer at a time (the append lock); readers read
   * {@code size} before {@code positions}, so every position below {@code size} is filled in the
   * array they see (a grown array is published before the size that needs it).
   */
  private static final class PositionList {
    volatile long[] positions = new long[4];
    volatile int size;

    void add(long position) {
      long[] current = positions;
      int n = size;
      if (n == current.length) {
        current = Arrays.copyOf(current, n * 2);
        positions = current;
      }
      current[n] = position;
      size = n + 1;
    }

    /** Returns a list of the positions still in the log; under the append lock. */
    PositionList retainLive(AuditLog log) {
      PositionList live = new PositionList();
      for (int i = 0; i < size; i++) {
        if (log.entry(positions[i]) != null) {
          live.add(positions[i]);
        }
      }
      return live;
    }
  }
}
