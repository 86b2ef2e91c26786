package dev.modelregistry.server.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;

/**
 * Reads request bodies: first as a JSON document (a syntax error, or a body that is not an object,
 * is a {@code SerializationException}, as the protocol answers), then into the operation's input
 * type (a member of the wrong type, an unknown enum value or a missing required member is a
 * {@code ValidationException} naming the member by its wire path, e.g.
 * {@code InferenceSpecification.Containers[0].Image}).
 */
public final class RequestReader {
  private final ObjectMapper mapper;
  private final ObjectReader treeReader;

  public RequestReader(ObjectMapper mapper) {
    this.mapper = mapper;
    this.treeReader = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /**
   * Parses a body; an empty body is an empty object.
   *
   * @throws ProtocolException {@code SerializationException} if it is not one JSON object
   */
  public JsonNode parse(byte[] body) {
    if (body.length == 0) {
      return mapper.createObjectNode();
    }
    JsonNode node;
    try {
      node = treeReader.readTree(body);
    } catch (JacksonException syntax) {
      throw serializationError("The request body is not valid JSON: " + firstLine(syntax.getOriginalMessage()));
    } catch (IOException unreadable) {
      throw serializationError("The request body could not be read.");
    }
    if (node == null || !node.isObject()) {
      throw serializationError("The request body must be a JSON object.");
    }
    return node;
  }

  /**
   * Binds a parsed body to an input type.
   *
   * @throws ProtocolException {@code ValidationException} if a member does not fit the type
   */
  public <T> T read(JsonNode body, Class<T> type) {
    try {
      T value = mapper.treeToValue(body, type);
      if (value == null) {
        throw validationError("", "the request body is empty");
      }
      return value;
    } catch (DatabindException mapping) {
      throw validationError(wirePath(mapping), reason(mapping));
    } catch (JsonProcessingException other) {
      throw validationError("", firstLine(other.getOriginalMessage()));
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException invalid) {
      throw validationError("", reason(invalid));
    }
  }

  private static String wirePath(DatabindException mapping) {
    if (!(mapping instanceof JsonMappingException withPath)) {
      return "";
    }
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : withPath.getPath()) {
      if (reference.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** The innermost non-Jackson cause says what was wrong in words (e.g. an enum's allowed values). */
  private static String reason(Throwable failure) {
    Throwable innermost = failure;
    while (innermost.getCause() != null && innermost.getCause() != innermost) {
      innermost = innermost.getCause();
    }
    if (!(innermost instanceof JacksonException) && innermost.getMessage() != null) {
      return firstLine(innermost.getMessage());
    }
    if (failure instanceof JacksonException jackson) {
      return firstLine(jackson.getOriginalMessage());
    }
    return firstLine(String.valueOf(failure.getMessage()));
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  private static ProtocolException serializationError(String message) {
    return new ProtocolException(WireError.badRequest("SerializationException", message));
  }

  private static ProtocolException validationError(String path, String reason) {
    String message = path.isEmpty()
        ? "1 validation error detected: " + reason
        : "1 validation error detected: Value at '" + path + "' failed to satisfy constraint: "
            + reason;
    return new ProtocolException(WireError.badRequest("ValidationException", message));
  }
}
