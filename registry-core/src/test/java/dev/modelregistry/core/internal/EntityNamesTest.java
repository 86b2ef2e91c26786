package dev.modelregistry.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EntityNamesTest {
  private static final Pattern PATTERN = Pattern.compile(FieldRules.ENTITY_NAME_PATTERN);
  private static final String ALPHABET = "aZ09--_.é /";

  @Test
  @DisplayName("the hand-written check agrees with the contract's pattern on 200,000 random names")
  void agreesWithThePattern() {
    Random random = new Random(42);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder name = new StringBuilder();
      int length = random.nextInt(64);
      for (int j = 0; j < length; j++) {
        name.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String candidate = name.toString();
      assertThat(EntityNames.matches(candidate))
          .as("'%s'", candidate)
          .isEqualTo(PATTERN.matcher(candidate).matches());
    }
  }
}
