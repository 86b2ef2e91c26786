package dev.modelregistry.server.internal;

/**
 * The authentication errors, with the codes and HTTP statuses of AWS's common errors and the
 * messages AWS services send, so that clients and the people reading their output recognise them.
 */
public final class AuthErrors {
  private AuthErrors() {}

  /** No {@code Authorization} header: 403 {@code MissingAuthenticationToken}. */
  public static ProtocolException missingToken() {
    return new ProtocolException(new WireError(403, "MissingAuthenticationToken",
        "Request is missing Authentication Token"));
  }

  /** A malformed or incomplete signature: 400 {@code IncompleteSignature}. */
  public static ProtocolException incompleteSignature(String message) {
    return new ProtocolException(new WireError(400, "IncompleteSignature", message));
  }

  /** An access key id the server does not know: 403 {@code InvalidClientTokenId}. */
  public static ProtocolException unknownAccessKey() {
    return new ProtocolException(new WireError(403, "InvalidClientTokenId",
        "The security token included in the request is invalid."));
  }

  /** A well-formed signature that is wrong, expired or scoped elsewhere: 403 {@code InvalidSignatureException}. */
  public static ProtocolException invalidSignature(String message) {
    return new ProtocolException(new WireError(403, "InvalidSignatureException", message));
  }

  /** The signature computed does not match the one sent. */
  public static ProtocolException signatureMismatch() {
    return invalidSignature("The request signature we calculated does not match the signature"
        + " you provided. Check your AWS Secret Access Key and signing method.");
  }
}
