package dev.modelregistry.server.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The canonical request of AWS Signature Version 4, built from a request as received: method,
 * canonical URI, canonical query, the signed headers with their trimmed values, the list of signed
 * headers and the payload hash, one per line. Follows the specification for services other than
 * S3 (the path's dot segments removed, then each character outside the unreserved set encoded,
 * which encodes an already encoded path a second time), as botocore does.
 */
public final class SigV4CanonicalRequest {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private SigV4CanonicalRequest() {}

  /**
   * Returns the canonical request.
   *
   * @param signedHeaders the lower-case names of the signed headers, in the order the signature
   *     lists them; a header the request lacks counts as empty
   * @param payloadHash the lower-case hex SHA-256 of the body
   */
  public static String of(IncomingRequest request, List<String> signedHeaders, String payloadHash) {
    StringBuilder canonical = new StringBuilder(256)
        .append(request.method()).append('\n')
        .append(canonicalUri(request.rawPath())).append('\n')
        .append(canonicalQuery(request.rawQuery())).append('\n');
    for (String name : signedHeaders) {
      List<String> values = request.headers().getOrDefault(name, List.of());
      canonical.append(name).append(':');
      for (int i = 0; i < values.size(); i++) {
        canonical.append(i == 0 ? "" : ",").append(trimAll(values.get(i)));
      }
      canonical.append('\n');
    }
    return canonical.append('\n')
        .append(String.join(";", signedHeaders)).append('\n')
        .append(payloadHash)
        .toString();
  }

  /** Returns the canonical URI of a path as sent: dot segments and empty segments removed, then encoded. */
  static String canonicalUri(String rawPath) {
    String normalized = removeDotSegments(rawPath);
    return encode(normalized.isEmpty() ? "/" : normalized, true);
  }

  /** Returns the canonical query: parameters decoded, re-encoded, sorted by name then value. */
  static String canonicalQuery(String rawQuery) {
    List<Map.Entry<String, String>> parameters = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      parameters.add(Map.entry(encode(decode(name), false), encode(decode(value), false)));
    }
    parameters.sort(Map.Entry.<String, String>comparingByKey()
        .thenComparing(Map.Entry.comparingByValue(Comparator.naturalOrder())));
    StringBuilder query = new StringBuilder();
    for (Map.Entry<String, String> parameter : parameters) {
      if (query.length() > 0) {
        query.append('&');
      }
      query.append(parameter.getKey()).append('=').append(parameter.getValue());
    }
    return query.toString();
  }

  /** Trims a header value and turns each run of whitespace inside it into one space. */
  static String trimAll(String value) {
    return WHITESPACE.matcher(value.strip()).replaceAll(" ");
  }

  private static String removeDotSegments(String path) {
    if (path.isEmpty()) {
      return "";
    }
    Deque<String> output = new ArrayDeque<>();
    for (String segment : path.split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        output.pollLast();
      } else {
        output.addLast(segment);
      }
    }
    String joined = String.join("/", output);
    String first = path.startsWith("/") ? "/" : "";
    String last = path.endsWith("/") && !output.isEmpty() ? "/" : "";
    return first + joined + last;
  }

  /** Percent-encodes every UTF-8 byte outside {@code A-Za-z0-9-._~} (and {@code /} if kept). */
  private static String encode(String text, boolean keepSlash) {
    StringBuilder encoded = new StringBuilder(text.length() + 8);
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~' || (keepSlash && c == '/')) {
        encoded.append(c);
      } else {
        encoded.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
      }
    }
    return encoded.toString();
  }

  /** Decodes {@code %XX} sequences; a malformed sequence is kept as it is. */
  private static String decode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    byte[] raw = text.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == '%' && i + 2 < raw.length
          && Character.digit(raw[i + 1], 16) >= 0 && Character.digit(raw[i + 2], 16) >= 0) {
        bytes.write(Character.digit(raw[i + 1], 16) * 16 + Character.digit(raw[i + 2], 16));
        i += 2;
      } else {
        bytes.write(raw[i]);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
