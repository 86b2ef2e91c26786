package dev.modelregistry.server.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelregistry.api.internal.EchoedText;
import dev.modelregistry.api.model.UserContext;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Serves SageMaker's JSON 1.1 protocol, independent of the HTTP server that carries it:
 * {@code POST /} with {@code X-Amz-Target: SageMaker.<Operation>} and a JSON body; answers 200
 * with the operation's JSON response, or the protocol's error form ({@code __type} and
 * {@code message}) with a 4xx or 5xx status. Every reply carries a fresh request id, which the
 * server's log repeats for failures.
 *
 * <p>Order of checks: path and method ({@link #checkTarget}, before the body is read), body size
 * (by the transport), authentication, operation, JSON syntax, then the operation with the
 * authenticated caller ({@link #serve}).
 */
public final class ProtocolHandler {
  private static final System.Logger LOG = System.getLogger(ProtocolHandler.class.getName());
  private static final String TARGET_PREFIX = "SageMaker.";
  private static final String UNKNOWN_OPERATION = "UnknownOperationException";

  private final Map<String, Operation> operations;
  private final Authenticator authenticator;
  private final CallerContext callers;
  private final RequestReader reader;
  private final ObjectMapper mapper;

  /**
   * @param operations the operations by name (what follows {@code SageMaker.})
   * @param authenticator decides the caller of each request, or refuses it
   * @param callers where the caller is kept while the operation runs
   * @param mapper the wire mapper ({@link WireJson})
   */
  public ProtocolHandler(Map<String, Operation> operations, Authenticator authenticator,
      CallerContext callers, ObjectMapper mapper) {
    this.operations = Map.copyOf(operations);
    this.authenticator = authenticator;
    this.callers = callers;
    this.mapper = mapper;
    this.reader = new RequestReader(mapper);
  }

  /** Returns the error for a request to another path than {@code /}, or by another method than POST. */
  public Optional<WireError> checkTarget(String method, String rawPath) {
    if (!rawPath.equals("/")) {
      return Optional.of(new WireError(404, UNKNOWN_OPERATION,
          "This server serves SageMaker's API at path '/' only, not at '" + EchoedText.cut(rawPath)
              + "'."));
    }
    if (!method.equals("POST")) {
      return Optional.of(new WireError(405, UNKNOWN_OPERATION,
          "SageMaker's API takes POST requests, not " + EchoedText.cut(method) + "."));
    }
    return Optional.empty();
  }

  /**
   * Serves a request whose body was read whole; never throws. Whatever the operation throws, an
   * {@link Error} included, becomes a reply: the 5xx ones are logged with their stack trace.
   */
  public Reply serve(IncomingRequest request) {
    String requestId = UUID.randomUUID().toString();
    try {
      UserContext caller = authenticator.authenticate(request);
      Operation operation = operation(request.header("x-amz-target"));
      JsonNode json = reader.parse(request.body());
      Object response = callers.callAs(caller, () -> operation.invoke(json));
      return new Reply(200, requestId, mapper.writeValueAsBytes(response), false);
    } catch (Throwable failure) {
      // Everything is answered, errors and checked exceptions thrown sneakily included: a request
      // left without an answer holds its connection until the client gives up.
      WireError error = failure instanceof RuntimeException runtime
          ? ErrorMapper.toWireError(runtime)
          : ErrorMapper.internalFailure();
      if (error.status() >= 500) {
        LOG.log(Level.ERROR, () -> "request " + requestId + " ("
            + EchoedText.cut(String.valueOf(request.header("x-amz-target"))) + ") failed", failure);
      } else {
        LOG.log(Level.DEBUG, () -> "request " + requestId + " refused: " + error.code() + ": "
            + error.message());
      }
      return new Reply(error.status(), requestId, errorBody(error), false);
    }
  }

  /** Returns the reply for a request refused before it reached {@link #serve}, logged in one line. */
  public Reply refuse(WireError error, Level level) {
    String requestId = UUID.randomUUID().toString();
    LOG.log(level, () -> "request " + requestId + " refused: " + error.code() + ": "
        + error.message());
    return new Reply(error.status(), requestId, errorBody(error), false);
  }

  private Operation operation(@Nullable String target) {
    Operation operation = target != null && target.startsWith(TARGET_PREFIX)
        ? operations.get(target.substring(TARGET_PREFIX.length()))
        : null;
    if (operation == null) {
      throw new ProtocolException(WireError.badRequest(UNKNOWN_OPERATION,
          (target == null ? "The request has no X-Amz-Target header." : "Unknown operation '"
              + EchoedText.cut(target) + "'.") + " This server serves " + TARGET_PREFIX
              + "<Operation> for: " + String.join(", ", new TreeSet<>(operations.keySet())) + "."));
    }
    return operation;
  }

  private byte[] errorBody(WireError error) {
    try {
      return mapper.writeValueAsBytes(new ErrorBody(error.code(), error.message()));
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("an error body is two strings", impossible);
    }
  }


  /** The protocol's error body. */
  private record ErrorBody(@JsonProperty("__type") String type,
                           @JsonProperty("message") String message) {}
}
