package dev.modelregistry.server.internal;

import dev.modelregistry.api.ApprovalDeniedException;
import dev.modelregistry.api.ConflictException;
import dev.modelregistry.api.LimitExceededException;
import dev.modelregistry.api.ResourceAlreadyExistsException;
import dev.modelregistry.api.ResourceNotFoundException;
import dev.modelregistry.api.ValidationException;

/**
 * Turns what a call threw into SageMaker's error: the registry's exceptions into the codes
 * SageMaker uses for them, anything else into {@code InternalFailure} (500) whose message gives
 * nothing away.
 *
 * <table>
 *   <caption>Mapping</caption>
 *   <tr><th>thrown</th><th>code</th></tr>
 *   <tr><td>{@link LimitExceededException} (checked before its superclass)</td>
 *       <td>{@code ResourceLimitExceeded}</td></tr>
 *   <tr><td>{@link ValidationException}</td><td>{@code ValidationException}</td></tr>
 *   <tr><td>{@link ResourceNotFoundException}</td><td>{@code ResourceNotFound}</td></tr>
 *   <tr><td>{@link ResourceAlreadyExistsException}</td><td>{@code ValidationException}, as
 *       SageMaker answers a duplicate group ("Model Package Group already exists: arn...")</td></tr>
 *   <tr><td>{@link ConflictException}, also a stale expected revision</td>
 *       <td>{@code ConflictException}</td></tr>
 *   <tr><td>{@link ApprovalDeniedException} (an approval policy refused)</td>
 *       <td>{@code AccessDeniedException}, as AWS names a refused action</td></tr>
 *   <tr><td>{@link ProtocolException}</td><td>its own error</td></tr>
 *   <tr><td>anything else, e.g. {@code StorageException}</td>
 *       <td>{@code InternalFailure}, HTTP 500</td></tr>
 * </table>
 */
public final class ErrorMapper {
  /** The code of a server-side failure. */
  public static final String INTERNAL_FAILURE = "InternalFailure";

  private ErrorMapper() {}

  /** Returns the error to send for {@code failure}. */
  public static WireError toWireError(RuntimeException failure) {
    if (failure instanceof ProtocolException protocol) {
      return protocol.error();
    }
    String message = String.valueOf(failure.getMessage());
    if (failure instanceof LimitExceededException) {
      return WireError.badRequest("ResourceLimitExceeded", message);
    }
    if (failure instanceof ValidationException || failure instanceof ResourceAlreadyExistsException) {
      return WireError.badRequest("ValidationException", message);
    }
    if (failure instanceof ResourceNotFoundException) {
      return WireError.badRequest("ResourceNotFound", message);
    }
    if (failure instanceof ConflictException) {
      return WireError.badRequest("ConflictException", message);
    }
    if (failure instanceof ApprovalDeniedException) {
      return WireError.badRequest("AccessDeniedException", message);
    }
    return internalFailure();
  }

  /** Returns the error of a server-side failure; the details belong in the server's log only. */
  public static WireError internalFailure() {
    return new WireError(500, INTERNAL_FAILURE,
        "The request processing has failed because of an unknown error, exception or failure.");
  }
}
