package dev.modelregistry.server.testing;

import dev.modelregistry.server.AccessKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The environment of a real AWS client run by a test: this process's environment without any
 * {@code AWS_*} variable, then credentials, region {@code us-east-1}, empty config and credentials
 * files (so the machine's own configuration cannot interfere), no instance-metadata look-ups and
 * the server's endpoint in {@code REGISTRY_ENDPOINT}.
 */
public final class ClientEnvironment {
  private ClientEnvironment() {}

  /** Returns the environment for a client signing with {@code key} against {@code endpoint}. */
  public static Map<String, String> of(AccessKey key, URI endpoint, Path scratch) {
    Map<String, String> environment = new HashMap<>(System.getenv());
    environment.keySet().removeIf(name -> name.startsWith("AWS_"));
    environment.put("AWS_ACCESS_KEY_ID", key.id());
    environment.put("AWS_SECRET_ACCESS_KEY", key.secret());
    environment.put("AWS_DEFAULT_REGION", "us-east-1");
    environment.put("AWS_CONFIG_FILE", emptyFile(scratch.resolve("aws-config")).toString());
    environment.put("AWS_SHARED_CREDENTIALS_FILE",
        emptyFile(scratch.resolve("aws-credentials")).toString());
    environment.put("AWS_EC2_METADATA_DISABLED", "true");
    environment.put("AWS_PAGER", "");
    environment.put("PYTHONDONTWRITEBYTECODE", "1");
    environment.put("REGISTRY_ENDPOINT", endpoint.toString());
    return environment;
  }

  private static Path emptyFile(Path path) {
    try {
      Files.deleteIfExists(path);
      return Files.createFile(path);
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }
}
