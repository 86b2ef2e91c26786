package dev.modelregistry.server.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** One operation of the API: takes the parsed request body, returns the response to serialize. */
@FunctionalInterface
public interface Operation {

  /**
   * Runs the operation.
   *
   * @return the response body, serialized with the wire mapper
   * @throws RuntimeException a registry exception or {@link ProtocolException}, mapped by
   *     {@link ErrorMapper}
   */
  Object invoke(JsonNode body);
}
