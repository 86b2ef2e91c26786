package dev.modelregistry.server.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.modelregistry.api.model.UserContext;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Serves SageMaker's JSON 1.1 protocol: {@code POST /} with {@code X-Amz-Target:
 * SageMaker.<Operation>} and a JSON body; answers 200 with the operation's JSON response, or the
 * protocol's error form ({@code __type} and {@code message}) with a 4xx or 5xx status. Every
 * response carries an {@code x-amzn-RequestId}, which the server's log repeats for failures.
 *
 * <p>Order of checks: path and method, body size, authentication, operation, JSON syntax, then
 * the operation with the authenticated caller.
 */
public final class ProtocolHandler implements HttpHandler {
  private static final System.Logger LOG = System.getLogger(ProtocolHandler.class.getName());
  private static final String TARGET_PREFIX = "SageMaker.";
  private static final String CONTENT_TYPE = "application/x-amz-json-1.1";
  private static final String UNKNOWN_OPERATION = "UnknownOperationException";

  private final Map<String, Operation> operations;
  private final Authenticator authenticator;
  private final CallerContext callers;
  private final BodyReader bodies;
  private final RequestReader reader;
  private final ObjectMapper mapper;
  private final InFlightRequests inFlight;

  /**
   * @param operations the operations by name (what follows {@code SageMaker.})
   * @param authenticator decides the caller of each request, or refuses it
   * @param callers where the caller is kept while the operation runs
   * @param bodies reads bodies up to the size limit
   * @param mapper the wire mapper ({@link WireJson})
   * @param inFlight counts the requests being served
   */
  public ProtocolHandler(Map<String, Operation> operations, Authenticator authenticator,
      CallerContext callers, BodyReader bodies, ObjectMapper mapper, InFlightRequests inFlight) {
    this.operations = Map.copyOf(operations);
    this.authenticator = authenticator;
    this.callers = callers;
    this.bodies = bodies;
    this.mapper = mapper;
    this.reader = new RequestReader(mapper);
    this.inFlight = inFlight;
  }

  @Override
  public void handle(HttpExchange exchange) {
    inFlight.begin();
    try {
      serve(exchange);
    } finally {
      inFlight.end();
    }
  }

  private void serve(HttpExchange exchange) {
    String requestId = UUID.randomUUID().toString();
    int status;
    byte[] body;
    try {
      Object response = process(exchange);
      body = mapper.writeValueAsBytes(response);
      status = 200;
    } catch (RuntimeException | JsonProcessingException failure) {
      WireError error = toWireError(failure, requestId, exchange);
      status = error.status();
      body = errorBody(error);
    }
    send(exchange, requestId, status, body);
  }

  private Object process(HttpExchange exchange) {
    URI uri = exchange.getRequestURI();
    String rawPath = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (!rawPath.equals("/")) {
      throw new ProtocolException(new WireError(404, UNKNOWN_OPERATION,
          "This server serves SageMaker's API at path '/' only, not at '" + rawPath + "'."));
    }
    if (!exchange.getRequestMethod().equals("POST")) {
      throw new ProtocolException(new WireError(405, UNKNOWN_OPERATION,
          "SageMaker's API takes POST requests, not " + exchange.getRequestMethod() + "."));
    }
    byte[] body = bodies.read(exchange.getRequestBody(), contentLength(exchange));
    IncomingRequest request = new IncomingRequest(exchange.getRequestMethod(), rawPath,
        uri.getRawQuery() == null ? "" : uri.getRawQuery(), exchange.getRequestHeaders(), body);
    UserContext caller = authenticator.authenticate(request);
    Operation operation = operation(request.header("x-amz-target"));
    JsonNode json = reader.parse(body);
    return callers.callAs(caller, () -> operation.invoke(json));
  }

  private Operation operation(@Nullable String target) {
    Operation operation = target != null && target.startsWith(TARGET_PREFIX)
        ? operations.get(target.substring(TARGET_PREFIX.length()))
        : null;
    if (operation == null) {
      throw new ProtocolException(WireError.badRequest(UNKNOWN_OPERATION,
          (target == null ? "The request has no X-Amz-Target header." : "Unknown operation '"
              + target + "'.") + " This server serves " + TARGET_PREFIX + "<Operation> for: "
              + String.join(", ", new TreeSet<>(operations.keySet())) + "."));
    }
    return operation;
  }

  private static long contentLength(HttpExchange exchange) {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared == null) {
      return -1;
    }
    try {
      return Long.parseLong(declared.strip());
    } catch (NumberFormatException malformed) {
      return -1;
    }
  }

  private static WireError toWireError(Exception failure, String requestId, HttpExchange exchange) {
    WireError error = failure instanceof RuntimeException runtime
        ? ErrorMapper.toWireError(runtime)
        : ErrorMapper.internalFailure();
    if (error.status() >= 500) {
      LOG.log(Level.ERROR, () -> "request " + requestId + " ("
          + exchange.getRequestHeaders().getFirst("X-Amz-Target") + ") failed", failure);
    } else {
      LOG.log(Level.DEBUG, () -> "request " + requestId + " refused: " + error.code() + ": "
          + error.message());
    }
    return error;
  }

  private byte[] errorBody(WireError error) {
    try {
      return mapper.writeValueAsBytes(new ErrorBody(error.code(), error.message()));
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("an error body is two strings", impossible);
    }
  }

  private static void send(HttpExchange exchange, String requestId, int status, byte[] body) {
    try (exchange) {
      exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
      exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
      if (status == 405) {
        exchange.getResponseHeaders().set("Allow", "POST");
      }
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (IOException clientGone) {
      LOG.log(Level.DEBUG, () -> "request " + requestId + ": could not send the response", clientGone);
    }
  }

  /** The protocol's error body. */
  private record ErrorBody(@JsonProperty("__type") String type,
                           @JsonProperty("message") String message) {}
}
