package dev.modelregistry.server.internal;

/**
 * The authentication errors, with the codes SageMaker's JSON 1.1 protocol answers (its services
 * name them {@code ...Exception}, unlike the query protocol's {@code MissingAuthenticationToken}
 * or {@code InvalidClientTokenId}), so that SDK users can catch them by name. Every one is HTTP
 * 400, as AWS's JSON-protocol services answer them (DynamoDB's error table lists
 * {@code MissingAuthenticationTokenException}, {@code UnrecognizedClientException} and
 * {@code IncompleteSignatureException} under 400); clients decide by the code, not the status.
 */
public final class AuthErrors {
  private AuthErrors() {}

  /** No {@code Authorization} header: {@code MissingAuthenticationTokenException}. */
  public static ProtocolException missingToken() {
    return refused("MissingAuthenticationTokenException", "Missing Authentication Token");
  }

  /** A malformed or incomplete signature: {@code IncompleteSignatureException}. */
  public static ProtocolException incompleteSignature(String message) {
    return refused("IncompleteSignatureException", message);
  }

  /** An access key id the server does not know: {@code UnrecognizedClientException}. */
  public static ProtocolException unknownAccessKey() {
    return refused("UnrecognizedClientException",
        "The security token included in the request is invalid.");
  }

  /**
   * A well-formed signature that is wrong, expired, or scoped to another day, region or service:
   * {@code InvalidSignatureException}.
   */
  public static ProtocolException invalidSignature(String message) {
    return refused("InvalidSignatureException", message);
  }

  /** The signature computed does not match the one sent. */
  public static ProtocolException signatureMismatch() {
    return invalidSignature("The request signature we calculated does not match the signature"
        + " you provided. Check your AWS Secret Access Key and signing method.");
  }

  private static ProtocolException refused(String code, String message) {
    return new ProtocolException(WireError.badRequest(code, message));
  }
}
