package dev.modelregistry.core.internal;

import dev.modelregistry.api.model.Tag;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The rules of group tags (contract section 4) and how added tags merge into existing ones. */
final class TagRules {
  private static final String RESERVED_PREFIX = "aws:";

  private TagRules() {}

  static void requestTags(Violations violations, String path, List<Tag> tags) {
    violations.count(path, tags.size(), 0, FieldRules.MAX_TAGS);
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < tags.size(); i++) {
      Tag tag = tags.get(i);
      key(violations, path + "[" + i + "].key", tag.key());
      violations.check(path + "[" + i + "].value", tag.value(), FieldRules.TAG_VALUE);
      if (!keys.add(tag.key())) {
        violations.add(path + "[" + i + "].key", tag.key(), "appears more than once in the request");
      }
    }
  }

  static void keysToDelete(Violations violations, String path, List<String> keys) {
    violations.count(path, keys.size(), 1, FieldRules.MAX_TAGS);
    for (int i = 0; i < keys.size(); i++) {
      key(violations, path + "[" + i + "]", keys.get(i));
    }
  }

  private static void key(Violations violations, String path, String key) {
    int before = violations.size();
    violations.check(path, key, FieldRules.TAG_KEY);
    if (before == violations.size() && key.toLowerCase(Locale.ROOT).startsWith(RESERVED_PREFIX)) {
      violations.add(path, key, "keys starting with 'aws:' are reserved");
    }
  }

  /** Adds tags: a new key goes last, an existing key gets the new value and keeps its place. */
  static List<Tag> merge(List<Tag> existing, List<Tag> added) {
    List<Tag> merged = new ArrayList<>(existing);
    for (Tag tag : added) {
      int position = indexOf(merged, tag.key());
      if (position >= 0) {
        merged.set(position, tag);
      } else {
        merged.add(tag);
      }
    }
    return merged;
  }

  private static int indexOf(List<Tag> tags, String key) {
    for (int i = 0; i < tags.size(); i++) {
      if (tags.get(i).key().equals(key)) {
        return i;
      }
    }
    return -1;
  }
}
