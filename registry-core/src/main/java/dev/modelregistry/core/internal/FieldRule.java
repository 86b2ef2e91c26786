package dev.modelregistry.core.internal;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A rule for one text field: a length range (in UTF-16 code units, as SageMaker counts) and,
 * optionally, a pattern the whole value must match.
 */
record FieldRule(int minLength, int maxLength, @Nullable Pattern pattern) {

  static FieldRule length(int min, int max) {
    return new FieldRule(min, max, null);
  }

  static FieldRule of(int min, int max, String regex) {
    return new FieldRule(min, max, Pattern.compile(regex));
  }

  /** Returns the first rule the value breaks, as text, or {@code null} when it is valid. */
  @Nullable String check(String value) {
    if (value.length() < minLength || value.length() > maxLength) {
      return "length " + value.length() + " is outside " + minLength + ".." + maxLength;
    }
    if (pattern != null && !pattern.matcher(value).matches()) {
      return "must match " + pattern.pattern();
    }
    return null;
  }
}
