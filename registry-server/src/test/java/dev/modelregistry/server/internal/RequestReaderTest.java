package dev.modelregistry.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RequestReaderTest {
  private final RequestReader reader = new RequestReader(WireJson.newObjectMapper());

  /** A type that refuses a value for a reason of its own, with a message it means for developers. */
  record Refusing(@JsonProperty("Name") String name) {
    Refusing {
      if ("refused".equals(name)) {
        throw new IllegalArgumentException("java.lang.String refused by dev.modelregistry.Refusing");
      }
    }
  }

  @Test
  @DisplayName("a type refusing a value for a reason of its own gives no Java text away")
  void aRefusalOfItsOwnIsNotEchoed() {
    JsonNode body = reader.parse("{\"Name\": \"refused\"}".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> reader.read(body, Refusing.class))
        .isInstanceOfSatisfying(ProtocolException.class, refused -> {
          assertThat(refused.error().code()).isEqualTo("SerializationException");
          assertThat(refused.error().message()).isEqualTo("The request body could not be read.");
        });
  }

  @Test
  @DisplayName("the JSON reader's limits are reported without the names of its Java settings")
  void parserLimitsAreReportedWithoutJavaNames() {
    byte[] deep = ("{\"a\": " + "[".repeat(2_000) + "]".repeat(2_000) + "}")
        .getBytes(StandardCharsets.UTF_8);
    byte[] longNumber = ("{\"a\": " + "1".repeat(2_000) + "}").getBytes(StandardCharsets.UTF_8);

    for (byte[] body : new byte[][] {deep, longNumber}) {
      assertThatThrownBy(() -> reader.parse(body))
          .isInstanceOfSatisfying(ProtocolException.class, refused -> {
            assertThat(refused.error().code()).isEqualTo("SerializationException");
            assertThat(refused.error().message()).startsWith("The request body is not valid JSON")
                .doesNotContain("`").doesNotContain("StreamReadConstraints")
                .doesNotContain("Source");
          });
    }
  }

  @Test
  @DisplayName("a fraction in the body is kept exact, not passed through a double")
  void fractionsAreExact() {
    JsonNode body = reader.parse("{\"CreationTimeAfter\": 1795166043.123456789}"
        .getBytes(StandardCharsets.UTF_8));

    assertThat(body.get("CreationTimeAfter").decimalValue().toPlainString())
        .isEqualTo("1795166043.123456789");
  }
}
