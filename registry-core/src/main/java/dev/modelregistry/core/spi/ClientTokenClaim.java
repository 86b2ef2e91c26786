package dev.modelregistry.core.spi;

import java.util.Objects;

/**
 * A client token given with a create, and the fingerprint of the request it came with, so that a
 * retry can be told from a different request reusing the token.
 *
 * @param token the client token, unique per group
 * @param requestFingerprint a digest of the normalized request, stored with the package
 */
public record ClientTokenClaim(String token, String requestFingerprint) {
  public ClientTokenClaim {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(requestFingerprint, "requestFingerprint");
  }
}
