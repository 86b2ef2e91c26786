package dev.modelregistry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelregistry.api.model.ModelPackage;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Timestamps in, as the AWS CLI prints them (ISO-8601) and as the wire sends them (epoch seconds). */
class TimestampJsonTest {
  private static final ObjectMapper JSON = ModelRegistryJson.newObjectMapper();

  private static Instant read(String json) throws IOException {
    return JSON.readValue(json, Instant.class);
  }

  private static ModelPackage fixtureWith(String member, Object value) throws IOException {
    try (InputStream in = TimestampJsonTest.class.getResourceAsStream(
        "/fixtures/describe-model-package.cli.json")) {
      ObjectNode tree = (ObjectNode) JSON.readTree(in);
      tree.set(member, JSON.valueToTree(value));
      return JSON.treeToValue(tree, ModelPackage.class);
    }
  }

  @Test
  void epochSecondsWithMillisReadAsTheSameInstantAsTheEquivalentIsoText() throws IOException {
    // 1763630043.512 is 2025-11-20T09:14:03.512Z (one year before the fixture's CreationTime)
    assertThat(read("1763630043.512")).isEqualTo(read("\"2025-11-20T09:14:03.512000+00:00\""));
    assertThat(read("1763630043.512")).isEqualTo(Instant.parse("2025-11-20T09:14:03.512Z"));
  }

  @Test
  void fixtureCreationTimeGivenAsEpochSecondsReadsAsTheSameInstantAsItsIsoText() throws IOException {
    ModelPackage iso = fixtureWith("CreationTime", "2026-11-20T09:14:03.512000+00:00");
    ModelPackage epoch = fixtureWith("CreationTime", new BigDecimal("1795166043.512"));
    ModelPackage epochText = fixtureWith("CreationTime", "1795166043.512");

    assertThat(epoch.creationTime()).isEqualTo(iso.creationTime())
        .isEqualTo(Instant.parse("2026-11-20T09:14:03.512Z"));
    assertThat(epochText.creationTime()).isEqualTo(iso.creationTime());
    assertThat(epoch).isEqualTo(iso);
  }

  @Test
  void epochSecondsKeepAFractionDownToTheNanosecond() throws IOException {
    assertThat(read("1795166043.123456789"))
        .isEqualTo(Instant.ofEpochSecond(1_795_166_043L, 123_456_789));
    assertThat(read("1795166043.000001")).isEqualTo(Instant.ofEpochSecond(1_795_166_043L, 1_000));
  }

  @Test
  void wholeEpochSecondsAsAnIntegerAreRead() throws IOException {
    assertThat(read("1795166043")).isEqualTo(Instant.parse("2026-11-20T09:14:03Z"));
    assertThat(read("0")).isEqualTo(Instant.EPOCH);
  }

  @Test
  void negativeEpochSecondsWithAFractionCountBackFromTheEpoch() throws IOException {
    assertThat(read("-1.5")).isEqualTo(Instant.parse("1969-12-31T23:59:58.500Z"));
  }

  @Test
  void isoTextWithAnOffsetOtherThanUtcIsConvertedToTheSameInstant() throws IOException {
    assertThat(read("\"2026-11-20T11:14:03.512+02:00\"")).isEqualTo(Instant.parse("2026-11-20T09:14:03.512Z"));
    assertThat(read("\"2026-11-20T04:14:03.512-05:00\"")).isEqualTo(Instant.parse("2026-11-20T09:14:03.512Z"));
    assertThat(read("\"2026-11-20T09:14:03.512Z\"")).isEqualTo(Instant.parse("2026-11-20T09:14:03.512Z"));
  }

  @Test
  void writtenTimestampReadsBackExactly() throws IOException {
    Instant instant = Instant.parse("2026-11-20T09:14:03.000000001Z");

    assertThat(read(JSON.writeValueAsString(instant))).isEqualTo(instant);
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "2026-11-20", "2026-11-20T09:14:03", "20/11/2026 09:14", ""})
  void textThatIsNeitherIsoWithOffsetNorEpochSecondsFailsWithAClearJacksonError(String text) {
    assertThatThrownBy(() -> fixtureWith("CreationTime", text))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("java.time.Instant")
        .hasMessageContaining("\"" + text + "\"")
        .hasMessageContaining("expected an ISO-8601 timestamp with offset or epoch seconds")
        .satisfies(error -> assertThat(((JsonMappingException) error).getPathReference())
            .contains("CreationTime"));
  }

  @Test
  void aTimestampOfTheWrongJsonTypeFailsWithAJacksonError() {
    assertThatThrownBy(() -> fixtureWith("CreationTime", true))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("java.time.Instant")
        .satisfies(error -> assertThat(((JsonMappingException) error).getPathReference())
            .contains("CreationTime"));
    assertThatThrownBy(() -> read("{\"seconds\":1}"))
        .isInstanceOf(MismatchedInputException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e30", "-1e30", "99999999999999999", "-99999999999999999",
      "31556889864403200", "\"1e30\"", "\"99999999999999999\"", "1e1000000000", "-1e1000000000",
      "\"1e1000000000\""})
  void epochSecondsOutsideTheInstantRangeFailWithAClearJacksonError(String json) {
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("java.time.Instant")
        .hasMessageContaining("epoch seconds outside the range of java.time.Instant");
  }

  @Test
  void epochSecondsOutsideTheInstantRangeInsideAPackageNameTheMember() {
    assertThatThrownBy(() -> fixtureWith("LastModifiedTime", new BigDecimal("1e30")))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("epoch seconds outside the range of java.time.Instant")
        .satisfies(error -> assertThat(((JsonMappingException) error).getPathReference())
            .contains("LastModifiedTime"));
  }

  @Test
  void epochSecondsAtTheEdgesOfTheInstantRangeAreRead() throws IOException {
    assertThat(read("31556889864403199.999999999")).isEqualTo(Instant.MAX);
    assertThat(read("-31557014167219200")).isEqualTo(Instant.MIN);
  }

  @Test
  void hugeExponentsAreAnsweredQuicklyInsteadOfExpandingTheNumber() {
    // toBigInteger() of 1e1000000000 or 1e-1000000000 would take minutes and gigabytes
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      assertThatThrownBy(() -> read("1e1000000000")).isInstanceOf(InvalidFormatException.class);
      assertThatThrownBy(() -> read("\"-1e1000000000\"")).isInstanceOf(InvalidFormatException.class);
      assertThat(read("1e-1000000000")).isEqualTo(Instant.EPOCH);
      assertThat(read("\"-1e-1000000000\"")).isEqualTo(Instant.EPOCH);
    });
  }

  @Test
  void epochSecondsTextLongerThanJacksonsNumberLimitIsRejected() {
    String longNumber = "1." + "0".repeat(5_000);

    assertThatThrownBy(() -> read("\"" + longNumber + "\""))
        .isInstanceOf(StreamConstraintsException.class);
  }
}
