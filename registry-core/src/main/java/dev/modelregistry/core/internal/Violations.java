package dev.modelregistry.core.internal;

import dev.modelregistry.api.FieldViolation;
import dev.modelregistry.api.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Collects every broken rule of a request, so that one {@link ValidationException} can name them
 * all. One violation per field: the first rule it breaks.
 */
final class Violations {
  private final List<FieldViolation> found = new ArrayList<>();

  /** Checks a present value against a rule. */
  Violations check(String path, String value, FieldRule rule) {
    String broken = rule.check(value);
    if (broken != null) {
      found.add(new FieldViolation(path, value, broken));
    }
    return this;
  }

  /**
   * Checks a present value against a rule; the path is {@code parent.field}, built only when the
   * value breaks the rule (validation runs on every registration).
   */
  Violations check(String parent, String field, String value, FieldRule rule) {
    String broken = rule.check(value);
    if (broken != null) {
      found.add(new FieldViolation(parent + "." + field, value, broken));
    }
    return this;
  }

  /** As {@link #check(String, String, String, FieldRule)}, when the value is present. */
  Violations check(String parent, String field, Optional<String> value, FieldRule rule) {
    if (value.isPresent()) {
      check(parent, field, value.get(), rule);
    }
    return this;
  }

  /** Checks an optional value against a rule when it is present. */
  Violations check(String path, Optional<String> value, FieldRule rule) {
    if (value.isPresent()) {
      check(path, value.get(), rule);
    }
    return this;
  }

  /** Checks that a count lies in {@code min..max}. */
  Violations count(String path, int count, int min, int max) {
    if (count < min || count > max) {
      found.add(new FieldViolation(path, String.valueOf(count),
          "must hold " + min + ".." + max + " entries"));
    }
    return this;
  }

  /** Records a broken rule found by the caller. */
  Violations add(String path, @Nullable String value, String rule) {
    found.add(new FieldViolation(path, value, rule));
    return this;
  }

  /** Records every violation of {@code nested}, its path prefixed with {@code prefix}. */
  Violations addAll(String prefix, Violations nested) {
    for (FieldViolation violation : nested.found) {
      found.add(new FieldViolation(prefix + violation.path(), violation.value(), violation.rule()));
    }
    return this;
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  int size() {
    return found.size();
  }

  /** @throws ValidationException naming every broken rule, if any */
  void throwIfAny() {
    if (!found.isEmpty()) {
      throw new ValidationException(found);
    }
  }

  /** Throws for a single broken rule. */
  static ValidationException single(String path, @Nullable String value, String rule) {
    return new ValidationException(List.of(new FieldViolation(path, value, rule)));
  }
}
