package dev.modelregistry.server.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What the server received, as a signature covers it: method, path and query as sent
 * (percent-encoded), headers by lower-case name (each with every value it was sent with), body.
 *
 * @param method the HTTP method, e.g. {@code POST}
 * @param rawPath the path as sent, e.g. {@code /}
 * @param rawQuery the query as sent, without {@code ?}; empty when none
 * @param headers values by lower-case header name
 * @param body the body, possibly empty
 */
public record IncomingRequest(
    String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body) {

  public IncomingRequest {
    TreeMap<String, List<String>> lowerCase = new TreeMap<>();
    headers.forEach((name, values) -> lowerCase
        .computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new java.util.ArrayList<>())
        .addAll(values));
    lowerCase.replaceAll((name, values) -> List.copyOf(values));
    headers = java.util.Collections.unmodifiableMap(lowerCase);
  }

  /** Returns the first value of a header, by name in any case. */
  public @Nullable String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
