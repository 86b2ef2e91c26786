package dev.modelregistry.core.internal;

import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A rule for one text field: a length range (in UTF-16 code units, as SageMaker counts) and,
 * optionally, a pattern the whole value must match.
 *
 * @param matcher how the pattern is checked: the compiled pattern, or an equivalent hand-written
 *     check where the field is on a hot path (names are checked on every lookup)
 */
record FieldRule(int minLength, int maxLength, @Nullable Pattern pattern,
                 Predicate<String> matcher) {

  static FieldRule length(int min, int max) {
    return new FieldRule(min, max, null, value -> true);
  }

  static FieldRule of(int min, int max, String regex) {
    Pattern pattern = Pattern.compile(regex);
    return new FieldRule(min, max, pattern, value -> pattern.matcher(value).matches());
  }

  /** A rule whose pattern is checked by {@code matcher}, which must agree with {@code regex}. */
  static FieldRule of(int min, int max, String regex, Predicate<String> matcher) {
    return new FieldRule(min, max, Pattern.compile(regex), matcher);
  }

  /** Returns the first rule the value breaks, as text, or {@code null} when it is valid. */
  @Nullable String check(String value) {
    if (value.length() < minLength || value.length() > maxLength) {
      return "length " + value.length() + " is outside " + minLength + ".." + maxLength;
    }
    if (pattern != null && !matcher.test(value)) {
      return "must match " + pattern.pattern();
    }
    return null;
  }
}
