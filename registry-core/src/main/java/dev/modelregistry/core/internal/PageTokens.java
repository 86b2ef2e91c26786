package dev.modelregistry.core.internal;

import dev.modelregistry.api.Page;
import dev.modelregistry.api.ValidationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Paging: the page size a request asks for, cutting a page from what a store returned, and opaque
 * page tokens: the position after which the next page starts, bound to the filters and sort it was
 * issued for (a digest of them), base64url-encoded. A token reused with other filters, or one that
 * is not ours, is a validation error.
 */
final class PageTokens {
  private static final String VERSION = "v1";
  private static final String SEPARATOR = "|";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private static final String NOT_OURS = "is not a token this registry issued";

  private PageTokens() {}

  /** Returns the page size a request asks for, adding a violation when it is out of range. */
  static int pageSize(Optional<Integer> maxResults, Violations violations) {
    int size = maxResults.orElse(FieldRules.DEFAULT_PAGE_SIZE);
    if (size < 1 || size > FieldRules.MAX_PAGE_SIZE) {
      violations.add("maxResults", String.valueOf(size),
          "must be 1.." + FieldRules.MAX_PAGE_SIZE);
    }
    return size;
  }

  /**
   * Returns a page of what a store returned for {@code pageSize + 1} items: one more than fits
   * means there is a next page, whose token {@code tokenAfter} makes from the page's last item.
   */
  static <T> Page<T> page(List<T> fetched, int pageSize, Function<T, String> tokenAfter) {
    if (fetched.size() <= pageSize) {
      return Page.last(fetched);
    }
    List<T> items = fetched.subList(0, pageSize);
    return Page.of(items, tokenAfter.apply(items.get(items.size() - 1)));
  }

  /** Returns a name filter as a scope holds it: names match whatever their case. */
  static Optional<String> lower(Optional<String> text) {
    return text.map(t -> t.toLowerCase(Locale.ROOT));
  }

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
      throw invalid(token.get(), NOT_OURS);
    }
    List<String> parts = List.of(text.split(Pattern.quote(SEPARATOR), -1));
    if (parts.size() != partCount + 2 || !parts.get(0).equals(VERSION)) {
      throw invalid(token.get(), NOT_OURS);
    }
    if (!parts.get(1).equals(scope)) {
      throw invalid(token.get(),
          "was issued for other filters or sort; a token is valid only with the same ones");
    }
    return Optional.of(parts.subList(2, parts.size()));
  }

  /** Reads a creation time (epoch milliseconds) from a token; it must be a storable time. */
  static Instant instant(String epochMillis, Optional<String> token) {
    try {
      Instant instant = Instant.ofEpochMilli(Long.parseLong(epochMillis));
      if (TimeBounds.storable(instant)) {
        return instant;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw invalid(token.orElse(""), NOT_OURS);
  }

  /** Reads a non-negative log position from a token. */
  static long position(String text, Optional<String> token) {
    return nonNegative(text, token, Long.MAX_VALUE);
  }

  /** Reads a non-negative number from a token (a version, or an index into a list). */
  static int integer(String text, Optional<String> token) {
    return (int) nonNegative(text, token, Integer.MAX_VALUE);
  }

  private static long nonNegative(String text, Optional<String> token, long maximum) {
    try {
      long value = Long.parseLong(text);
      if (value >= 0 && value <= maximum) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw invalid(token.orElse(""), NOT_OURS);
  }

  static ValidationException invalid(String token, String rule) {
    return Violations.single("nextToken", token, rule);
  }
}
