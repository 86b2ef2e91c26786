package dev.modelregistry.server.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelregistry.server.AccessKey;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs a boto3 script of {@code src/test/python} against a server and reads the JSON it prints. */
public final class PythonScript {
  private static final Path SCRIPTS = Path.of("src", "test", "python");
  private static final ObjectMapper JSON = new ObjectMapper();

  private PythonScript() {}

  /** Runs {@code script} with {@code arguments}, signing with {@code key}; returns its JSON output. */
  public static JsonNode run(String script, URI endpoint, AccessKey key, Path scratch,
      String... arguments) {
    List<String> command = new ArrayList<>(List.of("python3", SCRIPTS.resolve(script).toString()));
    command.addAll(List.of(arguments));
    String stdout = ChildProcess.run(command, ClientEnvironment.of(key, endpoint, scratch))
        .stdoutIfSucceeded();
    try {
      return JSON.readTree(stdout);
    } catch (JsonProcessingException notJson) {
      throw new AssertionError(script + " printed no JSON:\n" + stdout, notJson);
    }
  }
}
