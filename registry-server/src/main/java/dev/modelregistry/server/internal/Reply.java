package dev.modelregistry.server.internal;

/**
 * What the server answers to one request, whatever carries it.
 *
 * @param status the HTTP status
 * @param requestId the {@code x-amzn-RequestId}, which the log repeats for failures
 * @param body the JSON body: the operation's response, or the protocol's error form
 * @param closeConnection whether the connection must be closed after it (the request was not
 *     read to its end)
 */
public record Reply(int status, String requestId, byte[] body, boolean closeConnection) {

  /** Returns this reply, closing the connection after it. */
  public Reply closing() {
    return new Reply(status, requestId, body, true);
  }
}
