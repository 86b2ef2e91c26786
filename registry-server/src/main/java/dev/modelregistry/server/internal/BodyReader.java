package dev.modelregistry.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads a request body up to a limit. A larger body is refused with a 400
 * ({@code RequestEntityTooLargeException}, naming the limit) instead of being buffered; what the
 * client still sends is read and discarded up to a bound, so that it receives the answer instead
 * of a reset connection.
 */
public final class BodyReader {
  private static final long DRAIN_FACTOR = 16;

  private final int maxBytes;

  /** @param maxBytes the largest body accepted */
  public BodyReader(int maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("the body limit must be positive, not " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /**
   * Returns the body.
   *
   * @param declaredLength the {@code Content-Length}, or -1 if not given (chunked)
   * @throws ProtocolException if the body is larger than the limit
   */
  public byte[] read(InputStream in, long declaredLength) {
    try {
      if (declaredLength > maxBytes) {
        throw tooLarge(in);
      }
      byte[] body = in.readNBytes(maxBytes);
      if (body.length == maxBytes && in.read() >= 0) {
        throw tooLarge(in);
      }
      return body;
    } catch (IOException unreadable) {
      throw new UncheckedIOException("could not read the request body", unreadable);
    }
  }

  private ProtocolException tooLarge(InputStream in) throws IOException {
    long drained = 0;
    long bound = DRAIN_FACTOR * maxBytes;
    byte[] buffer = new byte[64 * 1024];
    int read;
    while (drained < bound && (read = in.read(buffer)) >= 0) {
      drained += read;
    }
    return new ProtocolException(WireError.badRequest("RequestEntityTooLargeException",
        "The request body is larger than this server's limit of " + maxBytes + " bytes."));
  }
}
