package dev.modelregistry.core.internal;

import dev.modelregistry.api.ValidationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Opaque page tokens: the position after which the next page starts, bound to the filters and
 * sort it was issued for (a digest of them), base64url-encoded. A token reused with other filters,
 * or one that is not ours, is a validation error.
 */
final class PageTokens {
  private static final String VERSION = "v1";
  private static final String SEPARATOR = "|";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private PageTokens() {}

  /** Returns a digest of the filters and sort a token is valid for. */
  static String scope(Object... filters) {
    StringBuilder text = new StringBuilder();
    for (Object filter : filters) {
      text.append(filter).append('\u0000');
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Returns a token for the position given by {@code parts}, valid for {@code scope}. */
  static String encode(String scope, List<String> parts) {
    String text = VERSION + SEPARATOR + scope + SEPARATOR + String.join(SEPARATOR, parts);
    return ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Returns the position parts of a token, or empty when there is none.
   *
   * @throws ValidationException if the token is garbage, has the wrong number of parts, or was
   *     issued for other filters
   */
  static Optional<List<String>> decode(Optional<String> token, String scope, int partCount) {
    if (token.isEmpty()) {
      return Optional.empty();
    }
    String text;
    try {
      text = new String(DECODER.decode(token.get()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      throw invalid(token.get(), "is not a token this registry issued");
    }
    List<String> parts = List.of(text.split(Pattern.quote(SEPARATOR), -1));
    if (parts.size() != partCount + 2 || !parts.get(0).equals(VERSION)) {
      throw invalid(token.get(), "is not a token this registry issued");
    }
    if (!parts.get(1).equals(scope)) {
      throw invalid(token.get(),
          "was issued for other filters or sort; a token is valid only with the same ones");
    }
    return Optional.of(parts.subList(2, parts.size()));
  }

  static ValidationException invalid(String token, String rule) {
    return Violations.single("nextToken", token, rule);
  }
}
