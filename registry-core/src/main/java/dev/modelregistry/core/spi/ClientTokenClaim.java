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
   * another request reusing the token is a conflict. Who calls it: a store, for every token of a
   * batch it finds ({@link RegistryStore#insertPackages}), before it stores anything, so that
   * the whole step aborts; the core, for a single registration, with what
   * {@link RegistryStore#insertPackage} returned.
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
