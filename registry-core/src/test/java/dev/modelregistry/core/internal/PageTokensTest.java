package dev.modelregistry.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelregistry.api.ValidationException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PageTokensTest {
  private final String scope = PageTokens.scope("packages", Optional.of("churn"), "Ascending");

  @Test
  @DisplayName("a token gives back the position it was made for")
  void roundTrips() {
    String token = PageTokens.encode(scope, List.of("1700000000000", "churn", "7"));
    assertThat(PageTokens.decode(Optional.of(token), scope, 3))
        .hasValue(List.of("1700000000000", "churn", "7"));
    assertThat(PageTokens.decode(Optional.empty(), scope, 3)).isEmpty();
  }

  @Test
  @DisplayName("a token used with other filters is a validation error on nextToken")
  void rejectsOtherScope() {
    String token = PageTokens.encode(scope, List.of("1", "churn", "7"));
    String other = PageTokens.scope("packages", Optional.of("fraud"), "Ascending");
    assertThatThrownBy(() -> PageTokens.decode(Optional.of(token), other, 3))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations()).extracting("path").containsExactly("nextToken"));
  }

  @Test
  @DisplayName("garbage and tokens of another shape are validation errors")
  void rejectsGarbage() {
    for (String garbage : List.of("!!!", "bm90IGEgdG9rZW4", PageTokens.encode(scope, List.of("1")))) {
      assertThatThrownBy(() -> PageTokens.decode(Optional.of(garbage), scope, 3))
          .isInstanceOf(ValidationException.class);
    }
  }
}
