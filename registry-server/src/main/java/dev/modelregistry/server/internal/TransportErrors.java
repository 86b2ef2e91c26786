package dev.modelregistry.server.internal;

import dev.modelregistry.api.internal.EchoedText;

/**
 * The errors of requests refused at the HTTP level, before or while their body is read, in the
 * protocol's error form, with the codes AWS's JSON services use for them
 * ({@code MalformedHttpRequestException}, {@code RequestAbortedException},
 * {@code RequestTimeoutException}, ...). Each is the client's fault, so a 4xx.
 */
public final class TransportErrors {
  private TransportErrors() {}

  /** The body did not arrive whole within the body timeout, or stalled for the idle timeout. */
  public static WireError bodyTimeout() {
    return new WireError(408, "RequestTimeoutException",
        "The request body did not arrive in time; send it without pausing.");
  }

  /** The body's framing is broken, e.g. a chunk size that is not hexadecimal. */
  public static WireError malformedBody(String reason) {
    return WireError.badRequest("MalformedHttpRequestException",
        "The request body is malformed: " + cut(reason) + ".");
  }

  /** The client closed the connection (or its sending half) before the body was complete. */
  public static WireError aborted() {
    return WireError.badRequest("RequestAbortedException",
        "The request body ended before its declared length or final chunk.");
  }

  /** The body is larger than the limit. */
  public static WireError tooLarge(int maxBytes) {
    return WireError.badRequest("RequestEntityTooLargeException",
        "The request body is larger than this server's limit of " + maxBytes + " bytes.");
  }

  /** The server is stopping or has no room for the request. */
  public static WireError unavailable() {
    return new WireError(503, "ServiceUnavailable",
        "The server is stopping or busy; try again.");
  }

  /**
   * The error for a request the HTTP layer refused with {@code status} (a header or request line
   * too long, a malformed request line or header, ...).
   */
  public static WireError forStatus(int status, String reason) {
    return switch (status) {
      case 408 -> new WireError(408, "RequestTimeoutException", "The request did not arrive in time.");
      case 413 -> new WireError(413, "RequestEntityTooLargeException", "The request is too large.");
      case 414 -> new WireError(414, "RequestUriTooLongException",
          "The request line is longer than this server accepts.");
      case 431 -> new WireError(431, "RequestHeaderFieldsTooLargeException",
          "The request headers are larger than this server accepts.");
      case 503 -> unavailable();
      default -> status >= 400 && status < 500
          ? new WireError(status, "MalformedHttpRequestException",
              "The request is not valid HTTP: " + cut(reason) + ".")
          : ErrorMapper.internalFailure();
    };
  }

  private static String cut(String reason) {
    String oneLine = reason.replaceAll("\\s+", " ").strip();
    return EchoedText.cut(oneLine);
  }
}
