package dev.modelregistry.inmemory.internal;

import dev.modelregistry.api.model.ModelPackage;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A group's packages by version, in chunks of an array: versions are dense (1, 2, 3, ... per
 * group), so a lookup is two array reads instead of a walk down a skip list (which made an
 * in-memory describe of a 10,000-package group cost 20 times a map lookup). The table is also the
 * group's list in version order (the name order within a group), walked from any version; each
 * chunk counts its live packages, so a walk steps over a chunk whose packages were all deleted
 * (a pruned group's old versions) without reading its slots. Readers take no lock; one writer at
 * a time (the group's lock) publishes with release stores that the readers' acquire loads pair
 * with.
 */
final class VersionTable {
  private static final int CHUNK_BITS = 10;
  private static final int CHUNK_SIZE = 1 << CHUNK_BITS;
  private static final int CHUNK_MASK = CHUNK_SIZE - 1;
  private static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(ModelPackage[].class);

  /** The chunks and their live counts, replaced together when the table grows. */
  private record Chunks(ModelPackage[][] slots, AtomicIntegerArray live) {}

  private volatile Chunks chunks = new Chunks(new ModelPackage[0][], new AtomicIntegerArray(0));

  /** Returns the package of that version, or null if there is none (never was, or deleted). */
  @Nullable ModelPackage get(int version) {
    ModelPackage[][] current = chunks.slots();
    int chunk = version >>> CHUNK_BITS;
    if (version < 0 || chunk >= current.length) {
      return null;
    }
    ModelPackage[] slots = current[chunk];
    int slot = version & CHUNK_MASK;
    return slot < slots.length ? (ModelPackage) SLOTS.getAcquire(slots, slot) : null;
  }

  /**
   * Stores or removes (null) a version's package; callers hold the group's lock. The first chunk
   * starts small and doubles, so that a group of a few packages does not hold 1,024 slots.
   */
  void set(int version, @Nullable ModelPackage modelPackage) {
    int chunk = version >>> CHUNK_BITS;
    int slot = version & CHUNK_MASK;
    Chunks current = chunks;
    if (chunk >= current.slots().length || slot >= current.slots()[chunk].length) {
      if (modelPackage == null) {
        return;
      }
      current = grown(current, chunk, slot);
      chunks = current;
    }
    ModelPackage[] slots = current.slots()[chunk];
    boolean wasLive = SLOTS.get(slots, slot) != null;
    // The count goes up before the package is readable and down after it is not, so a walker
    // that reads a count of 0 finds no live package in the chunk's slots either.
    if (!wasLive && modelPackage != null) {
      current.live().incrementAndGet(chunk);
    }
    SLOTS.setRelease(slots, slot, modelPackage);
    if (wasLive && modelPackage == null) {
      current.live().decrementAndGet(chunk);
    }
  }

  private static Chunks grown(Chunks current, int chunk, int slot) {
    ModelPackage[][] grown =
        Arrays.copyOf(current.slots(), Math.max(current.slots().length, chunk + 1));
    for (int i = 0; i < grown.length; i++) {
      int needed = i < chunk ? CHUNK_SIZE : i == chunk ? capacityFor(slot) : 0;
      if (grown[i] == null) {
        grown[i] = new ModelPackage[needed];
      } else if (grown[i].length < needed) {
        grown[i] = Arrays.copyOf(grown[i], needed);
      }
    }
    AtomicIntegerArray live = new AtomicIntegerArray(grown.length);
    for (int i = 0; i < current.live().length(); i++) {
      live.set(i, current.live().get(i));
    }
    return new Chunks(grown, live);
  }

  private static int capacityFor(int slot) {
    return Math.min(CHUNK_SIZE, Math.max(16, Integer.highestOneBit(slot) << 1));
  }

  /**
   * Offers the live packages to {@code visitor} in version order, starting strictly after
   * {@code after} (ascending) or strictly before it (descending), until the visitor returns
   * false. A package stored or removed during the walk may or may not be seen; one present
   * throughout is seen once.
   *
   * @param after the version to start beyond; use 0 to start at the lowest version ascending and
   *     {@link Integer#MAX_VALUE} to start at the highest descending
   */
  void walk(int after, boolean descending, Predicate<ModelPackage> visitor) {
    Chunks current = chunks;
    ModelPackage[][] all = current.slots();
    if (descending) {
      if (after <= 0) {
        return;
      }
      int from = after - 1;
      for (int chunk = Math.min(from >>> CHUNK_BITS, all.length - 1); chunk >= 0; chunk--) {
        if (current.live().get(chunk) == 0) {
          continue;
        }
        ModelPackage[] slots = all[chunk];
        int last = chunk == from >>> CHUNK_BITS ? from & CHUNK_MASK : CHUNK_SIZE - 1;
        for (int slot = Math.min(last, slots.length - 1); slot >= 0; slot--) {
          ModelPackage found = (ModelPackage) SLOTS.getAcquire(slots, slot);
          if (found != null && !visitor.test(found)) {
            return;
          }
        }
      }
    } else {
      if (after == Integer.MAX_VALUE) {
        return;
      }
      int from = Math.max(after + 1, 0);
      for (int chunk = from >>> CHUNK_BITS; chunk < all.length; chunk++) {
        if (current.live().get(chunk) == 0) {
          continue;
        }
        ModelPackage[] slots = all[chunk];
        int first = chunk == from >>> CHUNK_BITS ? from & CHUNK_MASK : 0;
        for (int slot = first; slot < slots.length; slot++) {
          ModelPackage found = (ModelPackage) SLOTS.getAcquire(slots, slot);
          if (found != null && !visitor.test(found)) {
            return;
          }
        }
      }
    }
  }
}
