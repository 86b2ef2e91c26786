package dev.modelregistry.server.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelregistry.server.AccessKey;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code aws sagemaker ...} against a server, as a user would. */
public final class AwsCli {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private final URI endpoint;
  private final Path scratch;

  public AwsCli(URI endpoint, Path scratch) {
    this.endpoint = endpoint;
    this.scratch = scratch;
  }

  /** Runs {@code aws sagemaker <arguments>} signing with {@code key}; returns what it did. */
  public ChildProcess.Result run(AccessKey key, String... arguments) {
    List<String> command = new ArrayList<>(List.of("aws", "sagemaker"));
    command.addAll(List.of(arguments));
    command.addAll(List.of("--endpoint-url", endpoint.toString(), "--region", "us-east-1",
        "--output", "json"));
    return ChildProcess.run(command, ClientEnvironment.of(key, endpoint, scratch));
  }

  /** Runs a command that must succeed and returns the JSON it printed (empty object for none). */
  public JsonNode json(AccessKey key, String... arguments) {
    String stdout = run(key, arguments).stdoutIfSucceeded();
    try {
      return stdout.isBlank() ? JSON.createObjectNode() : JSON.readTree(stdout);
    } catch (JsonProcessingException notJson) {
      throw new AssertionError("aws printed no JSON:\n" + stdout, notJson);
    }
  }
}
