package dev.modelregistry.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EchoedTextTest {

  @Test
  @DisplayName("text up to 256 characters is shown whole")
  void shortTextIsShownWhole() {
    String text = "x".repeat(256);

    assertThat(EchoedText.cut(text)).isSameAs(text);
    assertThat(EchoedText.cut("")).isEmpty();
  }

  @Test
  @DisplayName("longer text shows its first 256 characters and how many more there were")
  void longTextIsCutWithTheCountOfTheRest() {
    String text = "a".repeat(256) + "b".repeat(2_000_000);

    assertThat(EchoedText.cut(text)).isEqualTo("a".repeat(256) + "… (2000000 more)");
  }

  @Test
  @DisplayName("the cut never splits a surrogate pair")
  void theCutKeepsSurrogatePairsWhole() {
    String text = "a".repeat(255) + "\uD83D\uDE00" + "z".repeat(10);

    String cut = EchoedText.cut(text);

    assertThat(cut).isEqualTo("a".repeat(255) + "… (12 more)");
    assertThat(cut.codePoints().noneMatch(c -> Character.isSurrogate((char) c))).isTrue();
  }
}
