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
import java.time.DateTimeException;
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
    private static final String OUT_OF_RANGE =
        "epoch seconds outside the range of java.time.Instant";
    private static final BigDecimal MIN_SECONDS = BigDecimal.valueOf(Instant.MIN.getEpochSecond());
    private static final BigDecimal MAX_SECONDS_EXCLUSIVE =
        BigDecimal.valueOf(Instant.MAX.getEpochSecond()).add(BigDecimal.ONE);

    public Deserializer() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        BigDecimal seconds = parser.getDecimalValue();
        try {
          return fromEpochSeconds(seconds);
        } catch (DateTimeException outOfRange) {
          return (Instant) context.handleWeirdNumberValue(Instant.class, seconds, OUT_OF_RANGE);
        }
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
        BigDecimal seconds;
        try {
          // the same length limit as for a JSON number, so that BigDecimal parsing stays cheap
          parser.streamReadConstraints().validateFPLength(text.length());
          seconds = new BigDecimal(text);
        } catch (NumberFormatException notNumber) {
          return (Instant) context.handleWeirdStringValue(Instant.class, text,
              "expected an ISO-8601 timestamp with offset or epoch seconds");
        }
        try {
          return fromEpochSeconds(seconds);
        } catch (DateTimeException outOfRange) {
          return (Instant) context.handleWeirdStringValue(Instant.class, text, OUT_OF_RANGE);
        }
      }
    }

    /**
     * Converts epoch seconds, truncating below the nanosecond. The range is checked before any
     * conversion: {@code compareTo} looks at the exponent first, whereas {@code toBigInteger()} of
     * {@code 1e1000000000} or {@code 1e-1000000000} would take minutes and gigabytes.
     *
     * @throws DateTimeException if the value is outside the range of {@link Instant}
     */
    private static Instant fromEpochSeconds(BigDecimal seconds) {
      if (seconds.compareTo(MIN_SECONDS) < 0 || seconds.compareTo(MAX_SECONDS_EXCLUSIVE) >= 0) {
        throw new DateTimeException("epoch seconds outside the range of an Instant");
      }
      if ((long) seconds.precision() - seconds.scale() <= -9) {
        return Instant.EPOCH; // |seconds| < 1e-9: nothing left after truncation to nanoseconds
      }
      BigDecimal whole = new BigDecimal(seconds.toBigInteger());
      long nanos = seconds.subtract(whole).movePointRight(9).longValue();
      return Instant.ofEpochSecond(whole.longValueExact(), nanos);
    }
  }
}
