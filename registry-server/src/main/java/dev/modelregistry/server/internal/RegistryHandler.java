package dev.modelregistry.server.internal;

import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Carries the protocol over Jetty: checks path and method, reads the body asynchronously
 * ({@link BodyReader}: no thread waits for a slow client), then runs the operation on the
 * bounded pool of request threads, and writes the reply. Jetty's own threads only parse and
 * copy bytes, so clients whose operations are slow (a busy database) cannot starve the parsing
 * of other clients' requests.
 */
public final class RegistryHandler extends Handler.Abstract {
  private static final String CONTENT_TYPE = "application/x-amz-json-1.1";

  private final ProtocolHandler protocol;
  private final Executor operations;
  private final int maxBodyBytes;
  private final Duration bodyTimeout;

  /**
   * @param protocol the protocol
   * @param operations the bounded pool that runs the operations
   * @param maxBodyBytes the largest body accepted
   * @param bodyTimeout how long the whole body may take to arrive
   */
  public RegistryHandler(ProtocolHandler protocol, Executor operations, int maxBodyBytes,
      Duration bodyTimeout) {
    super(InvocationType.NON_BLOCKING);
    this.protocol = protocol;
    this.operations = operations;
    this.maxBodyBytes = maxBodyBytes;
    this.bodyTimeout = bodyTimeout;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    HttpURI uri = request.getHttpURI();
    String rawPath = uri.getPath() == null ? "" : uri.getPath();
    Optional<WireError> wrongTarget = protocol.checkTarget(request.getMethod(), rawPath);
    if (wrongTarget.isPresent()) {
      send(response, callback, protocol.refuse(wrongTarget.get(), Level.DEBUG));
      return true;
    }
    BodyReader.read(request, maxBodyBytes, bodyTimeout, new BodyReader.Outcome() {
      @Override
      public void body(byte[] body) {
        IncomingRequest incoming = new IncomingRequest(request.getMethod(), rawPath,
            uri.getQuery() == null ? "" : uri.getQuery(), headers(request), body);
        try {
          operations.execute(() -> send(response, callback, protocol.serve(incoming)));
        } catch (RejectedExecutionException stopping) {
          send(response, callback,
              protocol.refuse(TransportErrors.unavailable(), Level.INFO).closing());
        }
      }

      @Override
      public void refused(WireError error, boolean closeConnection) {
        // the client's fault, and often an attack or a lost connection: one line, no trace
        Reply reply = protocol.refuse(error, Level.INFO);
        send(response, callback, closeConnection ? reply.closing() : reply);
      }
    });
    return true;
  }

  private static Map<String, List<String>> headers(Request request) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (HttpField field : request.getHeaders()) {
      headers.computeIfAbsent(field.getName(), name -> new ArrayList<>()).add(field.getValue());
    }
    return headers;
  }

  /** Writes {@code reply} as the response; Jetty completes or fails {@code callback}. */
  static void send(Response response, Callback callback, Reply reply) {
    response.setStatus(reply.status());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
    response.getHeaders().put("x-amzn-RequestId", reply.requestId());
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, reply.body().length);
    if (reply.status() == 405) {
      response.getHeaders().put(HttpHeader.ALLOW, "POST");
    }
    if (reply.closeConnection()) {
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
    }
    response.write(true, ByteBuffer.wrap(reply.body()), callback);
  }
}
