package dev.modelregistry.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, byte by byte as a test writes it: for requests no HTTP client
 * sends (broken chunking, a body shorter than its length, headers that never end).
 */
public final class RawHttp implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Socket socket;

  private RawHttp(Socket socket) {
    this.socket = socket;
  }

  /** Connects to the server at {@code endpoint}; reads time out after 30 s. */
  public static RawHttp connect(URI endpoint) {
    Socket socket = new Socket();
    try {
      socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 10_000);
      socket.setSoTimeout(30_000);
      return new RawHttp(socket);
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  /** Returns the head of a POST to {@code SageMaker.<operation>} with extra header lines. */
  public static String head(String operation, String... headerLines) {
    StringBuilder head = new StringBuilder("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Content-Type: application/x-amz-json-1.1\r\nX-Amz-Target: SageMaker." + operation
        + "\r\n");
    for (String line : headerLines) {
      head.append(line).append("\r\n");
    }
    return head.append("\r\n").toString();
  }

  /** Sends text as ISO-8859-1 bytes. */
  public RawHttp send(String text) {
    try {
      socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return this;
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  /** Closes the sending half: the server reads the end of the stream, and can still answer. */
  public RawHttp endOutput() {
    try {
      socket.shutdownOutput();
      return this;
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  /** A response: status, headers by lower-case name, body. */
  public record Response(int status, Map<String, String> headers, String body) {
    /** Returns the body as JSON. */
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException notJson) {
        throw new AssertionError("not JSON: " + body, notJson);
      }
    }
  }

  /** Reads one response (skipping any 1xx); its body by its Content-Length. */
  public Response read() {
    try {
      InputStream in = socket.getInputStream();
      while (true) {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
          int colon = line.indexOf(':');
          headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
              line.substring(colon + 1).strip());
        }
        if (status < 200) {
          continue;
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        return new Response(status, headers, body);
      }
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  /** Reads the status line of the next response, interim (1xx) ones included. */
  public int readStatusLine() {
    try {
      InputStream in = socket.getInputStream();
      int status = Integer.parseInt(line(in).split(" ")[1]);
      while (!line(in).isEmpty()) {
        // the interim response's headers
      }
      return status;
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0 && b != '\n') {
      if (b != '\r') {
        line.write(b);
      }
    }
    if (b < 0 && line.size() == 0) {
      throw new IOException("the server closed the connection");
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing a test connection
    }
  }
}
