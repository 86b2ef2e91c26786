package dev.modelregistry.inmemory.internal;

import dev.modelregistry.api.model.ModelPackage;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A group's packages by version, in chunks of an array: versions are dense (1, 2, 3, ... per
 * group), so a lookup is two array reads instead of a walk down a skip list (which made an
 * in-memory describe of a 10,000-package group cost 20 times a map lookup). Readers take no
 * lock; one writer at a time (the group's lock) publishes with release stores that the readers'
 * acquire loads pair with.
 */
final class VersionTable {
  private static final int CHUNK_BITS = 10;
  private static final int CHUNK_SIZE = 1 << CHUNK_BITS;
  private static final int CHUNK_MASK = CHUNK_SIZE - 1;
  private static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(ModelPackage[].class);

  private volatile ModelPackage[][] chunks = new ModelPackage[0][];

  /** Returns the package of that version, or null if there is none (never was, or deleted). */
  @Nullable ModelPackage get(int version) {
    ModelPackage[][] current = chunks;
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
    ModelPackage[][] current = chunks;
    if (chunk >= current.length || slot >= current[chunk].length) {
      if (modelPackage == null) {
        return;
      }
      ModelPackage[][] grown = Arrays.copyOf(current, Math.max(current.length, chunk + 1));
      for (int i = 0; i < grown.length; i++) {
        int needed = i < chunk ? CHUNK_SIZE : i == chunk ? capacityFor(slot) : 0;
        if (grown[i] == null) {
          grown[i] = new ModelPackage[needed];
        } else if (grown[i].length < needed) {
          grown[i] = Arrays.copyOf(grown[i], needed);
        }
      }
      chunks = grown;
      current = grown;
    }
    SLOTS.setRelease(current[chunk], slot, modelPackage);
  }

  private static int capacityFor(int slot) {
    return Math.min(CHUNK_SIZE, Math.max(16, Integer.highestOneBit(slot) << 1));
  }
}
