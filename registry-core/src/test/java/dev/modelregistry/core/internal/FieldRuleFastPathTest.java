package dev.modelregistry.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The hand-written and table-driven checks that spare validation its regular expressions agree
 * with the patterns, which stay the rules: every rule of {@link FieldRules}, on random strings
 * built from characters each pattern treats specially (ASCII and not, line terminators,
 * surrogates) and from the prefixes the URI rules look for.
 */
class FieldRuleFastPathTest {
  private static final String ALPHABET = "aZz09._-/:=+@ \t\n\r\u000b%$#\\*()[]{}\"'!?,;"
      + "\u0085\u2028\u2029\u00e9\u00a0\u0301\u20ac\u0000\u007f\ud83d\ude00\ud800";
  private static final String[] PREFIXES = {"", "", "https://", "s3://", "http://", "s3:/",
      "1.", "9.x", "text/", "_a"};

  @Test
  @DisplayName("every field rule's fast check agrees with its pattern on 50,000 random values")
  void fastChecksAgreeWithPatterns() throws IllegalAccessException {
    Random random = new Random(7);
    List<FieldRule> rules = rules();
    assertThat(rules).hasSizeGreaterThan(20);
    for (int i = 0; i < 50_000; i++) {
      StringBuilder value = new StringBuilder(PREFIXES[random.nextInt(PREFIXES.length)]);
      int length = random.nextInt(random.nextBoolean() ? 4 : 24);
      for (int j = 0; j < length; j++) {
        value.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String candidate = value.toString();
      for (FieldRule rule : rules) {
        if (rule.pattern() != null) {
          assertThat(rule.matcher().test(candidate))
              .as("%s on '%s'", rule.pattern(), candidate)
              .isEqualTo(rule.pattern().matcher(candidate).matches());
        }
      }
    }
  }

  private static List<FieldRule> rules() throws IllegalAccessException {
    List<FieldRule> rules = new ArrayList<>();
    for (Field field : FieldRules.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == FieldRule.class) {
        field.setAccessible(true);
        rules.add((FieldRule) field.get(null));
      }
    }
    return rules;
  }
}
