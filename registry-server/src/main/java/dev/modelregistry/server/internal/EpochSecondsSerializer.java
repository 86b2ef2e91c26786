package dev.modelregistry.server.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Writes a timestamp as SageMaker's wire protocol does: epoch seconds as a JSON number with a
 * fraction, e.g. {@code 1732094043.512} (no exponent, at least one decimal, no trailing zeros
 * beyond that).
 */
public final class EpochSecondsSerializer extends StdScalarSerializer<Instant> {
  private static final long serialVersionUID = 1L;

  public EpochSecondsSerializer() {
    super(Instant.class);
  }

  @Override
  public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeNumber(toEpochSeconds(value));
  }

  /** Returns the epoch seconds of {@code instant} as plain decimal text. */
  public static String toEpochSeconds(Instant instant) {
    BigDecimal seconds = BigDecimal.valueOf(instant.getEpochSecond())
        .add(BigDecimal.valueOf(instant.getNano(), 9))
        .stripTrailingZeros();
    if (seconds.scale() < 1) {
      seconds = seconds.setScale(1);
    }
    return seconds.toPlainString();
  }
}
