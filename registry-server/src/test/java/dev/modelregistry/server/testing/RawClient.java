package dev.modelregistry.server.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Plain HTTP requests to a server, for what the AWS clients would never send. */
public final class RawClient {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10))
      .build();
  private final URI endpoint;

  public RawClient(URI endpoint) {
    this.endpoint = endpoint;
  }

  /** Returns the endpoint requests go to. */
  public URI endpoint() {
    return endpoint;
  }

  /** A response: status, one header and the body. */
  public record Response(int status, String contentType, String requestId, String body) {

    /** Returns the body as JSON. */
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (JsonProcessingException notJson) {
        throw new AssertionError("not JSON: " + body, notJson);
      }
    }
  }

  /** Posts {@code body} to {@code SageMaker.<operation>}. */
  public Response call(String operation, String body) {
    return send(request("/").header("X-Amz-Target", "SageMaker." + operation)
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Posts {@code body} to {@code SageMaker.<operation>} without a Content-Length (chunked). */
  public Response callChunked(String operation, byte[] body) {
    return send(request("/").header("X-Amz-Target", "SageMaker." + operation)
        .POST(HttpRequest.BodyPublishers.ofInputStream(
            () -> new java.io.ByteArrayInputStream(body))));
  }

  /** Sends a request built from {@code builder}, for the path given. */
  public Response send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("x-amzn-RequestId").orElse(""),
          response.body());
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError(interrupted);
    }
  }

  /** Returns a request builder for {@code path} with the protocol's content type. */
  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(endpoint.resolve(path))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/x-amz-json-1.1");
  }
}
