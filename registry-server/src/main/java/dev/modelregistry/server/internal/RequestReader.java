package dev.modelregistry.server.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.modelregistry.api.internal.EchoedText;
import java.util.regex.Pattern;

/**
 * Reads request bodies: first as one JSON object in UTF-8 (anything else is a
 * {@code SerializationException}, as the protocol answers), then into the operation's input type
 * with the strict wire mapper ({@link WireJson}); a value that does not bind is refused as
 * {@link BindingFailures} says. No message carries the parser's or the binder's own text where it
 * names a Java type, and a caller's text in a message is cut by {@link EchoedText#cut}.
 */
public final class RequestReader {
  /** The parts of Jackson's syntax messages that describe Jackson rather than the body. */
  private static final Pattern JACKSON_DETAILS =
      Pattern.compile(" \\(start marker at .*$|, from `[^`]*`|\\s*at \\[Source: .*$");

  private final ObjectMapper mapper;
  private final ObjectReader treeReader;
  private final BindingFailures failures;

  public RequestReader(ObjectMapper mapper) {
    this.mapper = mapper;
    // Fractions are kept exact in the tree: a timestamp's nanoseconds must not pass through a double.
    this.treeReader = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
        DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    this.failures = new BindingFailures(mapper);
  }

  /**
   * Parses a body; an empty body is an empty object.
   *
   * @throws ProtocolException {@code SerializationException} if it is not one JSON object in UTF-8
   */
  public JsonNode parse(byte[] body) {
    if (body.length == 0) {
      return mapper.createObjectNode();
    }
    // Decoded here rather than by Jackson, which would guess UTF-16 or UTF-32 from the first bytes.
    String text = Utf8Body.decode(body);
    JsonNode node;
    try {
      node = treeReader.readTree(text);
    } catch (JacksonException syntax) {
      throw RequestErrors.serialization(syntaxMessage(syntax));
    }
    if (node == null || !node.isObject()) {
      throw RequestErrors.serialization("The request body must be a JSON object.");
    }
    Utf8Body.requireWholeCharacters(node);
    return node;
  }

  /**
   * Binds a parsed body to an input type.
   *
   * @throws ProtocolException {@code SerializationException} if a member has the wrong JSON type,
   *     {@code ValidationException} if a required member is missing or an enum value unknown
   */
  public <T> T read(JsonNode body, Class<T> type) {
    T value;
    try {
      value = mapper.treeToValue(body, type);
    } catch (JacksonException | IllegalArgumentException failure) {
      Exception described = failure instanceof IllegalArgumentException
          && failure.getCause() instanceof JacksonException jackson ? jackson : failure;
      throw failures.describe(described, body);
    }
    if (value == null) {
      throw RequestErrors.serialization("The request body must be a JSON object.");
    }
    return value;
  }

  private static String syntaxMessage(JacksonException syntax) {
    String reason = JACKSON_DETAILS.matcher(firstLine(String.valueOf(syntax.getOriginalMessage())))
        .replaceAll("");
    if (reason.indexOf('`') >= 0 || reason.contains("com.fasterxml") || reason.contains("java.")) {
      reason = "unexpected content";
    }
    JsonLocation location = syntax.getLocation();
    String where = location == null || location.getLineNr() < 1
        ? ""
        : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    return "The request body is not valid JSON" + where + ": " + EchoedText.cut(reason);
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
