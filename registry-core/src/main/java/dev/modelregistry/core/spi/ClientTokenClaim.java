package dev.modelregistry.core.spi;

import dev.modelregistry.api.ConflictException;
import dev.modelregistry.api.model.ModelPackage;
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

  /**
   * The one rule for a token found again: the same request (a retry) gets the earlier package;
   * another request reusing the token is a conflict. A store that finds the token inside an
   * atomic step calls this before it stores anything, so that the step can abort.
   *
   * @param earlier the package created with this token
   * @param storedFingerprint the fingerprint stored with it
   * @throws ConflictException if the earlier package came from a different request
   */
  public void requireSameRequest(ModelPackage earlier, String storedFingerprint) {
    if (!storedFingerprint.equals(requestFingerprint)) {
      throw StoreErrors.clientTokenConflict(token, earlier.modelPackageGroupName(),
          earlier.modelPackageArn());
    }
  }
}
