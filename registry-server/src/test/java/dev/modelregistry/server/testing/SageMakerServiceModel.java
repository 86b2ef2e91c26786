package dev.modelregistry.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * SageMaker's service model as the installed botocore ships it ({@code
 * botocore/data/sagemaker/<version>/service-2.json[.gz]}): the members of an operation's input,
 * nested ones included, each as a path from the body to the member.
 */
public final class SageMakerServiceModel {
  /** How deep nested members are followed; SageMaker's model-registry inputs go about 6 deep. */
  private static final int MAX_DEPTH = 8;

  private final JsonNode shapes;
  private final JsonNode operations;

  private SageMakerServiceModel(JsonNode model) {
    this.shapes = model.get("shapes");
    this.operations = model.get("operations");
  }

  /** One step from a value to a value inside it. */
  public sealed interface Step permits Member, Element, MapValue {}

  /** A member of a structure, by its wire name. */
  public record Member(String name) implements Step {}

  /** The first element of a list. */
  public record Element() implements Step {}

  /** The value of a map entry with key {@code "k"}. */
  public record MapValue() implements Step {}

  /**
   * A member somewhere in an input.
   *
   * @param steps how to reach it from the body
   * @param type the type of its shape: string, integer, long, boolean, timestamp, structure,
   *     list, map, float, double, blob
   * @param required whether its structure requires it
   */
  public record MemberPath(List<Step> steps, String type, boolean required) {
    @Override
    public String toString() {
      StringBuilder text = new StringBuilder();
      for (Step step : steps) {
        if (step instanceof Member member) {
          text.append(text.length() == 0 ? "" : ".").append(member.name());
        } else if (step instanceof Element) {
          text.append("[0]");
        } else {
          text.append("{k}");
        }
      }
      return text + " (" + type + ")";
    }
  }

  /** Loads the model of the botocore that {@code python3} imports. */
  public static SageMakerServiceModel ofInstalledBotocore() {
    String botocore = ChildProcess.run(List.of("python3", "-c",
            "import botocore, os; print(os.path.dirname(botocore.__file__))"), System.getenv())
        .stdoutIfSucceeded().strip();
    Path versions = Path.of(botocore, "data", "sagemaker");
    try (Stream<Path> dirs = Files.list(versions)) {
      Path newest = dirs.filter(Files::isDirectory).max(Comparator.naturalOrder())
          .orElseThrow(() -> new AssertionError("no SageMaker model under " + versions));
      Path plain = newest.resolve("service-2.json");
      Path zipped = newest.resolve("service-2.json.gz");
      try (InputStream in = Files.exists(plain)
          ? Files.newInputStream(plain)
          : new GZIPInputStream(Files.newInputStream(zipped))) {
        return new SageMakerServiceModel(new ObjectMapper().readTree(in));
      }
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  /** Returns every member of {@code operation}'s input, parents before their members. */
  public List<MemberPath> inputMembers(String operation) {
    JsonNode op = operations.get(operation);
    if (op == null) {
      throw new AssertionError("botocore's SageMaker model has no operation " + operation);
    }
    List<MemberPath> members = new ArrayList<>();
    collect(op.get("input").get("shape").asText(), List.of(), new HashSet<>(), members);
    return members;
  }

  private void collect(String shapeName, List<Step> at, Set<String> enclosing,
      List<MemberPath> members) {
    JsonNode shape = shapes.get(shapeName);
    if (at.size() >= MAX_DEPTH || !shape.get("type").asText().equals("structure")
        || !enclosing.add(shapeName)) {
      return;
    }
    Set<String> required = new HashSet<>();
    shape.path("required").forEach(name -> required.add(name.asText()));
    for (Map.Entry<String, JsonNode> member : shape.get("members").properties()) {
      List<Step> path = append(at, new Member(member.getKey()));
      addWithInner(member.getValue().get("shape").asText(), path,
          required.contains(member.getKey()), enclosing, members);
    }
    enclosing.remove(shapeName);
  }

  private void addWithInner(String shapeName, List<Step> path, boolean required,
      Set<String> enclosing, List<MemberPath> members) {
    JsonNode shape = shapes.get(shapeName);
    String type = shape.get("type").asText();
    members.add(new MemberPath(path, type, required));
    switch (type) {
      case "structure" -> collect(shapeName, path, enclosing, members);
      case "list" -> addWithInner(shape.get("member").get("shape").asText(),
          append(path, new Element()), true, enclosing, members);
      case "map" -> addWithInner(shape.get("value").get("shape").asText(),
          append(path, new MapValue()), true, enclosing, members);
      default -> { }
    }
  }

  private static List<Step> append(List<Step> path, Step step) {
    List<Step> longer = new ArrayList<>(path);
    longer.add(step);
    return List.copyOf(longer);
  }
}
