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

  /**
   * A rule whose pattern is one character class repeated ({@code "[a-z]"} with {@code '*'} or
   * {@code '+'}, or {@code "."} with {@code '*'}), checked without the regular expression while
   * the value is ASCII: each ASCII character's verdict is computed once from the class itself,
   * so the result is exactly the pattern's. A value with any other character goes to the regular
   * expression. Most field values are ASCII and checked on every registration.
   */
  static FieldRule repeated(int min, int max, String characterClass, char repetition) {
    if (repetition != '*' && repetition != '+') {
      throw new IllegalArgumentException("repetition must be * or +: " + repetition);
    }
    Pattern single = Pattern.compile(characterClass);
    boolean[] ascii = new boolean[128];
    for (char c = 0; c < 128; c++) {
      ascii[c] = single.matcher(String.valueOf(c)).matches();
    }
    Pattern pattern = Pattern.compile(characterClass + repetition);
    boolean nonEmpty = repetition == '+';
    return new FieldRule(min, max, pattern, value -> {
      if (nonEmpty && value.isEmpty()) {
        return false;
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c >= 128) {
          return pattern.matcher(value).matches();
        }
        if (!ascii[c]) {
          return false;
        }
      }
      return true;
    });
  }

  /**
   * A rule whose pattern is checked by {@code asciiMatcher} when the value is ASCII (it must agree
   * with {@code regex} on every ASCII string) and by the regular expression otherwise.
   */
  static FieldRule ascii(int min, int max, String regex, Predicate<String> asciiMatcher) {
    Pattern pattern = Pattern.compile(regex);
    return new FieldRule(min, max, pattern,
        value -> isAscii(value) ? asciiMatcher.test(value) : pattern.matcher(value).matches());
  }

  private static boolean isAscii(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
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
