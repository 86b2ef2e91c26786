package dev.modelregistry.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;

/**
 * The protocol's bodies are UTF-8 (RFC 8259 requires it between systems). A body in any other
 * encoding (UTF-16 or UTF-32 with or without a byte-order mark, ISO-8859-1), with overlong
 * sequences, encoded surrogates or bytes that are not UTF-8 at all is refused rather than guessed
 * at, and so is text that escapes half a surrogate pair ({@code "\uD800"}): it is no Unicode
 * character and could not be written back as UTF-8.
 */
final class Utf8Body {
  private Utf8Body() {}

  /**
   * Decodes a body.
   *
   * @throws ProtocolException {@code SerializationException} if it is not valid UTF-8
   */
  static String decode(byte[] body) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.wrap(body);
    try {
      CharBuffer text = decoder.decode(bytes);
      return text.toString();
    } catch (CharacterCodingException notUtf8) {
      throw RequestErrors.serialization("The request body is not valid UTF-8"
          + " (the protocol's JSON is UTF-8 without a byte-order mark).");
    }
  }

  /**
   * Checks every name and text value of a parsed body for escaped halves of surrogate pairs.
   *
   * @throws ProtocolException {@code SerializationException} if one holds such a half
   */
  static void requireWholeCharacters(JsonNode body) {
    // iterative, so that depth costs no stack (the parser limits it anyway)
    Deque<JsonNode> pending = new ArrayDeque<>();
    pending.push(body);
    while (!pending.isEmpty()) {
      JsonNode node = pending.pop();
      if (node.isTextual()) {
        check(node.textValue());
      } else if (node.isObject()) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          check(field.getKey());
          pending.push(field.getValue());
        }
      } else if (node.isArray()) {
        node.forEach(pending::push);
      }
    }
  }

  private static void check(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw RequestErrors.serialization("The request body escapes half of a surrogate pair (\\u"
            + Integer.toHexString(c).toUpperCase(Locale.ROOT)
            + "), which is no Unicode character.");
      }
    }
  }
}
