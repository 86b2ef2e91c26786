package dev.modelregistry.server.internal;

import java.util.Objects;

/**
 * An error as the JSON 1.1 protocol sends it: an HTTP status and a body
 * {@code {"__type": code, "message": message}}. Clients raise an exception class named by the
 * code ({@code client.exceptions.ResourceNotFound}) or a generic one carrying it.
 *
 * @param status the HTTP status, 4xx or 5xx
 * @param code the error code, e.g. {@code ValidationException}
 * @param message a message for humans, never a stack trace
 */
public record WireError(int status, String code, String message) {

  public WireError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("an error status is 4xx or 5xx, not " + status);
    }
  }

  /** An error with HTTP status 400. */
  public static WireError badRequest(String code, String message) {
    return new WireError(400, code, message);
  }
}
