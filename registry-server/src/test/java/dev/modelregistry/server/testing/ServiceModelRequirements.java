package dev.modelregistry.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The members SageMaker's service model marks {@code required} in the outputs of operations, as
 * lines {@code Operation path}: a path such as {@code ModelPackageSummaryList[].ModelPackageArn}
 * names a member required in every object its parent path reaches ({@code []} steps into a
 * list's elements, {@code {}} into a map's values). Read from the installed botocore's
 * {@code sagemaker} service model when there is one, and kept as a checked-in list
 * ({@code /sagemaker/required-output-members.txt}) for machines without it.
 */
public final class ServiceModelRequirements {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CHECKED_IN = "/sagemaker/required-output-members.txt";

  private ServiceModelRequirements() {}

  /** Returns the checked-in requirements. */
  public static List<String> checkedIn() {
    try (InputStream in = ServiceModelRequirements.class.getResourceAsStream(CHECKED_IN)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + CHECKED_IN);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the requirements of {@code operations} in the installed botocore, if any. */
  public static Optional<List<String>> fromBotocore(List<String> operations) {
    return botocoreServiceModel().map(model -> derive(readModel(model), operations));
  }

  /** Derives the requirements of {@code operations} from a service model. */
  static List<String> derive(JsonNode model, List<String> operations) {
    List<String> lines = new ArrayList<>();
    for (String operation : operations) {
      JsonNode output = model.at("/operations/" + operation + "/output/shape");
      if (!output.isMissingNode()) {
        walk(model.get("shapes"), output.asText(), "", Set.of(), operation, lines);
      }
    }
    return lines;
  }

  private static void walk(JsonNode shapes, String shapeName, String prefix, Set<String> seen,
      String operation, List<String> lines) {
    JsonNode shape = shapes.get(shapeName);
    switch (shape.get("type").asText()) {
      case "structure" -> {
        for (JsonNode required : shape.path("required")) {
          lines.add(operation + " " + prefix + required.asText());
        }
        for (Map.Entry<String, JsonNode> member : shape.get("members").properties()) {
          String target = member.getValue().get("shape").asText();
          String type = shapes.get(target).get("type").asText();
          if (seen.contains(target) || !Set.of("structure", "list", "map").contains(type)) {
            continue;
          }
          String path = prefix + member.getKey() + (type.equals("structure") ? "." : "");
          walk(shapes, target, path, with(seen, target), operation, lines);
        }
      }
      case "list" -> into(shapes, shape.get("member").get("shape").asText(), prefix + "[]", seen,
          operation, lines);
      case "map" -> into(shapes, shape.get("value").get("shape").asText(), prefix + "{}", seen,
          operation, lines);
      default -> { }
    }
  }

  private static void into(JsonNode shapes, String inner, String prefix, Set<String> seen,
      String operation, List<String> lines) {
    String type = shapes.get(inner).get("type").asText();
    if (type.equals("structure")) {
      walk(shapes, inner, prefix + ".", with(seen, inner), operation, lines);
    } else if (type.equals("list") || type.equals("map")) {
      walk(shapes, inner, prefix, with(seen, inner), operation, lines);
    }
  }

  private static Set<String> with(Set<String> seen, String shape) {
    Set<String> more = new HashSet<>(seen);
    more.add(shape);
    return more;
  }

  /**
   * Returns a line per required member missing from {@code response}, the output of
   * {@code operation}, by the requirements {@code lines}.
   */
  public static List<String> missing(String operation, JsonNode response, List<String> lines) {
    List<String> missing = new ArrayList<>();
    for (String line : lines) {
      if (!line.startsWith(operation + " ")) {
        continue;
      }
      String path = line.substring(operation.length() + 1);
      String[] steps = path.split("\\.");
      List<JsonNode> parents = List.of(response);
      for (int i = 0; i < steps.length - 1; i++) {
        parents = step(parents, steps[i]);
      }
      for (JsonNode parent : parents) {
        JsonNode member = parent.get(steps[steps.length - 1]);
        if (member == null || member.isNull()) {
          missing.add(operation + " " + path + " in " + parent);
        }
      }
    }
    return missing;
  }

  private static List<JsonNode> step(List<JsonNode> nodes, String step) {
    String name = step.replace("[]", "").replace("{}", "");
    List<JsonNode> next = new ArrayList<>();
    for (JsonNode node : nodes) {
      JsonNode child = node.get(name);
      if (child != null && !child.isNull()) {
        next.add(child);
      }
    }
    for (int i = name.length(); i < step.length(); i += 2) {
      List<JsonNode> expanded = new ArrayList<>();
      next.forEach(container -> container.elements().forEachRemaining(expanded::add));
      next = expanded;
    }
    return next;
  }

  private static JsonNode readModel(Path file) {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<Path> botocoreServiceModel() {
    Optional<Path> botocore = botocoreDirectory();
    if (botocore.isEmpty()) {
      return Optional.empty();
    }
    Path versions = botocore.get().resolve("data").resolve("sagemaker");
    if (!Files.isDirectory(versions)) {
      return Optional.empty();
    }
    try (Stream<Path> dirs = Files.list(versions)) {
      return dirs.filter(Files::isDirectory)
          .max(Comparator.comparing(dir -> dir.getFileName().toString()))
          .flatMap(dir -> Stream.of("service-2.json.gz", "service-2.json")
              .map(dir::resolve).filter(Files::isRegularFile).findFirst());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<Path> botocoreDirectory() {
    try {
      Process python = new ProcessBuilder("python3", "-c",
          "import botocore, os; print(os.path.dirname(botocore.__file__))")
          .redirectErrorStream(true).start();
      String out =
          new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!python.waitFor(60, TimeUnit.SECONDS) || python.exitValue() != 0 || out.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(Path.of(out));
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
