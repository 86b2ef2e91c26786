package dev.modelregistry.server.internal;

/**
 * A request the server refuses before it reaches the registry: not signed or badly signed, an
 * unknown operation, a body that is too large or not JSON. Carries the error to send; it has no
 * stack trace because it is an answer, not a fault.
 */
public final class ProtocolException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient WireError error;

  public ProtocolException(WireError error) {
    super(error.code() + ": " + error.message(), null, false, false);
    this.error = error;
  }

  /** Returns the error to send. */
  public WireError error() {
    return error;
  }
}
