package dev.modelregistry.api.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Timestamps in JSON: written as ISO-8601 text ({@code 2026-11-20T09:14:03.512Z}); read from
 * ISO-8601 text with any offset (as the AWS CLI prints them) or from epoch seconds with an
 * optional fraction (as SageMaker's wire protocol sends them).
 */
public final class InstantJson {
  private InstantJson() {}

  /** Writes an instant as ISO-8601 text in UTC. */
  public static final class Serializer extends StdScalarSerializer<Instant> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.toString());
    }
  }

  /** Reads an instant from ISO-8601 text or from epoch seconds. */
  public static final class Deserializer extends StdScalarDeserializer<Instant> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        return fromEpochSeconds(parser.getDecimalValue());
      }
      if (token == JsonToken.VALUE_STRING) {
        return parseText(parser.getText().trim(), parser, context);
      }
      return (Instant) context.handleUnexpectedToken(Instant.class, parser);
    }

    private static Instant parseText(String text, JsonParser parser, DeserializationContext context)
        throws IOException {
      try {
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
      } catch (DateTimeParseException notIso) {
        try {
          return fromEpochSeconds(new BigDecimal(text));
        } catch (NumberFormatException | ArithmeticException notNumber) {
          return (Instant) context.handleWeirdStringValue(Instant.class, text,
              "expected an ISO-8601 timestamp with offset or epoch seconds");
        }
      }
    }

    private static Instant fromEpochSeconds(BigDecimal seconds) {
      BigDecimal whole = new BigDecimal(seconds.toBigInteger());
      long nanos = seconds.subtract(whole).movePointRight(9).longValue();
      return Instant.ofEpochSecond(whole.longValueExact(), nanos);
    }
  }
}
