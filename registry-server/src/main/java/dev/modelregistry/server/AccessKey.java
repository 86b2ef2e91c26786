package dev.modelregistry.server;

import java.util.Objects;

/**
 * An access key the server accepts: requests signed with it (AWS Signature Version 4) are
 * authenticated, and its id becomes the caller recorded as {@code CreatedBy} and
 * {@code LastModifiedBy}.
 *
 * @param id the access key id, as clients send it in {@code AWS_ACCESS_KEY_ID}
 * @param secret the secret access key, as clients hold it in {@code AWS_SECRET_ACCESS_KEY}
 */
public record AccessKey(String id, String secret) {

  /**
   * @throws IllegalArgumentException if the id or secret is empty, or the id holds characters a
   *     signature's credential scope cannot carry ({@code /}, {@code ,}, {@code =}, whitespace)
   */
  public AccessKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(secret, "secret");
    if (id.isEmpty() || secret.isEmpty()) {
      throw new IllegalArgumentException("an access key needs a non-empty id and secret");
    }
    if (!id.chars().allMatch(c -> c > ' ' && c < 127 && c != '/' && c != ',' && c != '=')) {
      throw new IllegalArgumentException("access key id '" + id
          + "' must be printable ASCII without '/', ',', '=' or spaces");
    }
  }

  /**
   * Parses {@code ID:SECRET}; the secret is everything after the first colon.
   *
   * @throws IllegalArgumentException if there is no colon, or a part is invalid
   */
  public static AccessKey parse(String idColonSecret) {
    int colon = idColonSecret.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("an access key is given as ID:SECRET");
    }
    return new AccessKey(idColonSecret.substring(0, colon), idColonSecret.substring(colon + 1));
  }

  /** Returns the id only: a secret is never printed. */
  @Override
  public String toString() {
    return "AccessKey[" + id + "]";
  }
}
