package dev.modelregistry.server.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the requests Jetty refuses itself (a request line or headers over the limit, a
 * malformed request line or header, a request while stopping) in the protocol's error form
 * instead of Jetty's HTML page, so that every answer a client gets is one an AWS SDK can read.
 */
public final class ProtocolErrorHandler implements Request.Handler {
  private final ProtocolHandler protocol;

  public ProtocolErrorHandler(ProtocolHandler protocol) {
    this.protocol = protocol;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus();
    Object cause = request.getAttribute(ErrorHandler.ERROR_EXCEPTION);
    if (cause instanceof HttpException http) {
      status = http.getCode();
    }
    Object message = request.getAttribute(ErrorHandler.ERROR_MESSAGE);
    WireError error;
    if (cause instanceof TimeoutException) {
      error = TransportErrors.forStatus(408, "timeout");
    } else if (cause instanceof IOException && !(cause instanceof HttpException)) {
      // the connection closed under a request still arriving (the client left, or the server is
      // stopping): nobody is there to read an answer, and nothing went wrong in the server
      error = TransportErrors.aborted();
    } else {
      error = TransportErrors.forStatus(status,
          message != null ? message.toString() : "status " + status);
    }
    // the HTTP layer's refusals are the client's doing: one line, no trace
    Reply reply = protocol.refuse(error, error.status() >= 500 ? Level.WARNING : Level.DEBUG);
    RegistryHandler.send(response, callback, reply.closing());
    return true;
  }

  @Override
  public InvocationType getInvocationType() {
    return InvocationType.NON_BLOCKING;
  }
}
