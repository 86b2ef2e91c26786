package dev.modelregistry.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelregistry.api.model.WireEnum;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WireEnumsTest {
  /** Wire values unlike the constant names, declared in another order than alphabetical. */
  enum Colour implements WireEnum {
    RED,
    LIGHT_BLUE;

    @Override
    public String value() {
      return this == RED ? "Red" : "LightBlue";
    }
  }

  /** Two constants with one wire value: a mistake the lookup must refuse. */
  enum Clash implements WireEnum {
    FIRST,
    SECOND;

    @Override
    public String value() {
      return "Same";
    }
  }

  @Test
  void findsTheConstantOfAWireValue() {
    assertThat(WireEnums.fromValue(Colour.class, "LightBlue")).isSameAs(Colour.LIGHT_BLUE);
    assertThat(WireEnums.fromValue(Colour.class, "Red")).isSameAs(Colour.RED);
  }

  @Test
  void refusesAnythingElseNamingTheEnumAndListingTheValuesInDeclarationOrder() {
    assertThatThrownBy(() -> WireEnums.fromValue(Colour.class, "LIGHT_BLUE"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("'LIGHT_BLUE' is not a Colour; allowed: Red, LightBlue");
  }

  @Test
  void cutsAHugeValueInTheMessage() {
    String huge = "x".repeat(100_000);

    assertThatThrownBy(() -> WireEnums.fromValue(Colour.class, huge))
        .hasMessage("'" + EchoedText.cut(huge) + "' is not a Colour; allowed: Red, LightBlue");
  }

  @Test
  void refusesAnEnumWhoseConstantsShareAWireValue() {
    assertThatThrownBy(() -> WireEnums.fromValue(Clash.class, "Same"))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage(Clash.class.getName() + ".FIRST and SECOND share the wire value 'Same'");
  }

  @Test
  void answersTheSameFromManyThreadsAtOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      var lookups = IntStream.range(0, 64)
          .mapToObj(i -> (Callable<Colour>) () -> WireEnums.fromValue(Colour.class,
              i % 2 == 0 ? "LightBlue" : "Red"))
          .collect(Collectors.toList());
      int i = 0;
      for (Future<Colour> result : pool.invokeAll(lookups)) {
        assertThat(result.get()).isSameAs(i++ % 2 == 0 ? Colour.LIGHT_BLUE : Colour.RED);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
