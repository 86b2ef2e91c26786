package dev.modelregistry.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelregistry.api.ModelRegistryJson;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EpochSecondsSerializerTest {
  private final ObjectMapper wire = WireJson.newObjectMapper();

  @Test
  void millisecondsAreWrittenAsAFraction() {
    assertThat(EpochSecondsSerializer.toEpochSeconds(Instant.parse("2026-11-20T09:14:03.512Z")))
        .isEqualTo("1795166043.512");
  }

  @Test
  void wholeSecondsKeepOneDecimal() {
    assertThat(EpochSecondsSerializer.toEpochSeconds(Instant.parse("2026-11-20T09:14:03Z")))
        .isEqualTo("1795166043.0");
  }

  @Test
  void nanosecondsAreKeptWithoutTrailingZerosOrExponent() {
    assertThat(EpochSecondsSerializer.toEpochSeconds(Instant.ofEpochSecond(1, 120)))
        .isEqualTo("1.00000012");
    assertThat(EpochSecondsSerializer.toEpochSeconds(Instant.ofEpochSecond(1_000_000_000L, 0)))
        .isEqualTo("1000000000.0");
  }

  @Test
  void instantsBeforeTheEpochAreNegative() {
    assertThat(EpochSecondsSerializer.toEpochSeconds(Instant.parse("1969-12-31T23:59:59.500Z")))
        .isEqualTo("-0.5");
  }

  @Test
  void theWireMapperWritesNumbersWhereTheApiMapperWritesText() throws Exception {
    Map<String, Instant> value = Map.of("CreationTime", Instant.parse("2026-11-20T09:14:03.512Z"));

    assertThat(wire.writeValueAsString(value)).isEqualTo("{\"CreationTime\":1795166043.512}");
    assertThat(ModelRegistryJson.newObjectMapper().writeValueAsString(value))
        .isEqualTo("{\"CreationTime\":\"2026-11-20T09:14:03.512Z\"}");
  }

  @Test
  void theWireMapperReadsBackWhatItWrites() throws Exception {
    Instant instant = Instant.parse("2026-11-20T09:14:03.512Z");

    assertThat(wire.readValue(wire.writeValueAsString(instant), Instant.class)).isEqualTo(instant);
  }
}
