package dev.modelregistry.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelregistry.core.ModelRegistries;
import dev.modelregistry.inmemory.InMemoryRegistryStore;
import dev.modelregistry.server.internal.RequestReader;
import dev.modelregistry.server.internal.SageMakerOperations;
import dev.modelregistry.server.internal.WireJson;
import dev.modelregistry.server.testing.CapturedLog;
import dev.modelregistry.server.testing.RawClient;
import dev.modelregistry.server.testing.SageMakerServiceModel;
import dev.modelregistry.server.testing.SageMakerServiceModel.Element;
import dev.modelregistry.server.testing.SageMakerServiceModel.Member;
import dev.modelregistry.server.testing.SageMakerServiceModel.MemberPath;
import dev.modelregistry.server.testing.SageMakerServiceModel.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hostile values in every member of every operation's input, as botocore's SageMaker model lists
 * them (nested members included): {@code null}, each JSON type, empty and huge text, nesting
 * 10,000 deep, and truncated bodies. Each is answered 200 or 4xx in the protocol's error form,
 * never 5xx; no error names a Java type or a builder or carries a stack trace, none grows with the
 * input, and the server logs no stack trace. The cases are enumerated, not drawn at random.
 */
class HostileRequestFuzzTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String DEEP_MARKER = "@@deep@@";
  private static final String DEEP = "[".repeat(10_000) + "]".repeat(10_000);
  private static final String HUGE = "h".repeat(300 * 1024);
  private static final int MAX_ERROR_BODY = 4 * 1024;
  private static final List<String> LEAKS = List.of("java.", "dev.modelregistry", "Immutable",
      "Cannot build", "Cannot deserialize", "Cannot coerce", "\tat ", "Exception:", "$Json",
      "through reference chain", "jackson", "`");

  private static RegistryServer server;
  private static RawClient client;
  private static Map<String, String> baseBodies;

  @BeforeAll
  static void start() {
    server = RegistryServer.builder(new InMemoryRegistryStore())
        .port(0).stopGracePeriod(Duration.ZERO).start();
    client = new RawClient(server.endpoint());
    String groupArn = client.call("CreateModelPackageGroup", "{\"ModelPackageGroupName\": \"fuzz\"}")
        .json().get("ModelPackageGroupArn").asText();
    String packageArn = client.call("CreateModelPackage", "{\"ModelPackageGroupName\": \"fuzz\"}")
        .json().get("ModelPackageArn").asText();
    String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
        + "\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},"
        + "\"Action\":\"sagemaker:DescribeModelPackage\",\"Resource\":\"*\"}]}";
    baseBodies = new LinkedHashMap<>();
    baseBodies.put("CreateModelPackageGroup", "{\"ModelPackageGroupName\": \"fuzz-created\"}");
    baseBodies.put("DescribeModelPackageGroup", "{\"ModelPackageGroupName\": \"fuzz\"}");
    baseBodies.put("ListModelPackageGroups", "{}");
    baseBodies.put("DeleteModelPackageGroup", "{\"ModelPackageGroupName\": \"fuzz-absent\"}");
    baseBodies.put("CreateModelPackage", "{\"ModelPackageGroupName\": \"fuzz\"}");
    baseBodies.put("DescribeModelPackage", "{\"ModelPackageName\": \"fuzz/1\"}");
    baseBodies.put("BatchDescribeModelPackage", "{\"ModelPackageArnList\": [\"" + packageArn + "\"]}");
    baseBodies.put("ListModelPackages", "{\"ModelPackageGroupName\": \"fuzz\"}");
    baseBodies.put("UpdateModelPackage", "{\"ModelPackageArn\": \"" + packageArn + "\"}");
    baseBodies.put("DeleteModelPackage", "{\"ModelPackageName\": \"fuzz-absent/1\"}");
    baseBodies.put("AddTags",
        "{\"ResourceArn\": \"" + groupArn + "\", \"Tags\": [{\"Key\": \"k\", \"Value\": \"v\"}]}");
    baseBodies.put("ListTags", "{\"ResourceArn\": \"" + groupArn + "\"}");
    baseBodies.put("DeleteTags", "{\"ResourceArn\": \"" + groupArn + "\", \"TagKeys\": [\"absent\"]}");
    baseBodies.put("PutModelPackageGroupPolicy", "{\"ModelPackageGroupName\": \"fuzz\","
        + " \"ResourcePolicy\": " + JSON.valueToTree(policy) + "}");
    baseBodies.put("GetModelPackageGroupPolicy", "{\"ModelPackageGroupName\": \"fuzz\"}");
    baseBodies.put("DeleteModelPackageGroupPolicy", "{\"ModelPackageGroupName\": \"fuzz-absent\"}");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  @DisplayName("every operation's base request is valid, so that each case tests its one member")
  void theBaseRequestsCoverEveryOperationAndSucceed() {
    var operations = new SageMakerOperations(
        ModelRegistries.builder(new InMemoryRegistryStore()).build(),
        new RequestReader(WireJson.newObjectMapper())).byName().keySet();

    assertThat(baseBodies.keySet()).containsExactlyInAnyOrderElementsOf(operations).hasSize(16);
    for (String operation : List.of("DescribeModelPackageGroup", "ListModelPackageGroups",
        "CreateModelPackage", "DescribeModelPackage", "BatchDescribeModelPackage",
        "ListModelPackages", "UpdateModelPackage", "AddTags", "ListTags", "DeleteTags",
        "PutModelPackageGroupPolicy", "GetModelPackageGroupPolicy")) {
      assertThat(client.call(operation, baseBodies.get(operation)).status())
          .as(operation).isEqualTo(200);
    }
  }

  @Test
  @DisplayName("hostile values in every member of every operation: 200 or 4xx, never 5xx or a stack trace")
  void everyMemberOfEveryOperationWithHostileValuesIsAnsweredWithoutAServerError()
      throws Exception {
    SageMakerServiceModel model = SageMakerServiceModel.ofInstalledBotocore();
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger requests = new AtomicInteger();
    AtomicInteger members = new AtomicInteger();
    long started = System.nanoTime();
    try (CapturedLog log = CapturedLog.start()) {
      // Members are tried side by side, each one's cases in order; no case depends on another's
      // outcome, so the verdicts do not depend on how they interleave.
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<?>> runs = new ArrayList<>();
        for (Map.Entry<String, String> operation : baseBodies.entrySet()) {
          String name = operation.getKey();
          ObjectNode base = (ObjectNode) JSON.readTree(operation.getValue());
          runs.add(pool.submit(() -> truncate(name, operation.getValue(), requests, problems)));
          for (MemberPath member : model.inputMembers(name)) {
            members.incrementAndGet();
            runs.add(pool.submit(() -> {
              fuzz(name, base, member, requests, problems);
              return null;
            }));
          }
        }
        for (Future<?> run : runs) {
          run.get();
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(problems).as("%d of %d requests", problems.size(), requests.get()).isEmpty();
      List<LogRecord> traces = log.records().stream()
          .filter(record -> record.getThrown() != null || record.getLevel().intValue()
              >= Level.SEVERE.intValue())
          .toList();
      assertThat(traces).extracting(LogRecord::getMessage).as("logged with a stack trace").isEmpty();
    }
    System.out.printf("HostileRequestFuzzTest: %d members of 16 operations, %d requests, %d ms%n",
        members.get(), requests.get(), Duration.ofNanos(System.nanoTime() - started).toMillis());
  }

  private static void truncate(String operation, String body, AtomicInteger requests,
      List<String> problems) {
    for (String cut : truncations(body)) {
      requests.incrementAndGet();
      check(operation, "truncated to " + cut.length() + " characters", cut,
          Expect.SERIALIZATION, problems);
    }
  }

  private static void fuzz(String operation, ObjectNode base, MemberPath member,
      AtomicInteger requests, List<String> problems) throws Exception {
    for (Map.Entry<String, Supplier<JsonNode>> value : values().entrySet()) {
      String body = withValue(base, member.steps(), value.getValue().get());
      requests.incrementAndGet();
      check(operation, member + " = " + value.getKey(), body,
          expectation(member, value.getKey()), problems);
    }
    String body = withValue(base, member.steps(), NODES.textNode("fuzz"));
    requests.incrementAndGet();
    check(operation, member + " in a truncated body", body.substring(0, body.length() / 2),
        Expect.SERIALIZATION, problems);
  }

  private enum Expect { ANY, SERIALIZATION, CLIENT_ERROR }

  /** The values tried in each member: null, each JSON type, empty, huge, deeply nested. */
  private static Map<String, Supplier<JsonNode>> values() {
    Map<String, Supplier<JsonNode>> values = new LinkedHashMap<>();
    values.put("null", NODES::nullNode);
    values.put("a string", () -> NODES.textNode("fuzz"));
    values.put("an empty string", () -> NODES.textNode(""));
    values.put("a huge string", () -> NODES.textNode(HUGE));
    values.put("an integer", () -> NODES.numberNode(7));
    values.put("a fraction", () -> NODES.numberNode(1.5));
    values.put("a boolean", () -> NODES.booleanNode(true));
    values.put("an array", NODES::arrayNode);
    values.put("an object", NODES::objectNode);
    values.put("deep nesting", () -> NODES.textNode(DEEP_MARKER));
    return values;
  }

  private static Expect expectation(MemberPath member, String value) {
    if (value.equals("deep nesting")) {
      return Expect.SERIALIZATION;
    }
    boolean topLevel = member.steps().size() == 1;
    if (!topLevel || !member.required()) {
      return Expect.ANY;
    }
    boolean fitting = switch (member.type()) {
      case "string" -> value.equals("a string");
      case "list" -> value.equals("an array");
      default -> true;
    };
    return fitting ? Expect.ANY : Expect.CLIENT_ERROR;
  }

  private static List<String> truncations(String body) {
    List<String> cuts = new ArrayList<>();
    int step = Math.max(1, body.length() / 8);
    for (int length = 1; length < body.length(); length += step) {
      cuts.add(body.substring(0, length));
    }
    cuts.add(body.substring(0, body.length() - 1));
    return cuts;
  }

  private static void check(String operation, String scenario, String body, Expect expect,
      List<String> problems) {
    RawClient.Response response = client.call(operation, body);
    String what = operation + " with " + scenario;
    int status = response.status();
    if (status >= 500 || (status != 200 && status < 400)) {
      problems.add(what + ": HTTP " + status + " " + shorten(response.body()));
      return;
    }
    if (status == 200) {
      if (expect != Expect.ANY) {
        problems.add(what + ": accepted, expected a client error");
      }
      return;
    }
    JsonNode error;
    try {
      error = JSON.readTree(response.body());
    } catch (Exception notJson) {
      problems.add(what + ": error body is not JSON: " + shorten(response.body()));
      return;
    }
    if (!error.path("__type").isTextual() || error.path("__type").asText().isEmpty()
        || !error.path("message").isTextual()) {
      problems.add(what + ": not the protocol's error form: " + shorten(response.body()));
    }
    if (expect == Expect.SERIALIZATION
        && !(status == 400 && error.path("__type").asText().equals("SerializationException"))) {
      problems.add(what + ": expected a SerializationException, got " + status + " "
          + shorten(response.body()));
    }
    if (response.body().length() > MAX_ERROR_BODY) {
      problems.add(what + ": an error body of " + response.body().length() + " characters");
    }
    for (String leak : LEAKS) {
      if (response.body().contains(leak)) {
        problems.add(what + ": the error says '" + leak + "': " + shorten(response.body()));
      }
    }
  }

  /** Returns {@code base} with {@code value} at {@code steps}, creating what encloses it. */
  private static String withValue(ObjectNode base, List<Step> steps, JsonNode value)
      throws Exception {
    ObjectNode body = base.deepCopy();
    JsonNode container = body;
    for (int i = 0; i < steps.size(); i++) {
      boolean last = i == steps.size() - 1;
      Step step = steps.get(i);
      JsonNode next = last ? value : emptyFor(steps.get(i + 1));
      if (container instanceof ArrayNode array) {
        if (!last && array.size() > 0 && array.get(0).getNodeType() == next.getNodeType()) {
          next = array.get(0);
        } else if (array.size() > 0) {
          array.set(0, next);
        } else {
          array.add(next);
        }
      } else {
        ObjectNode object = (ObjectNode) container;
        String name = step instanceof Member member ? member.name() : "k";
        JsonNode existing = object.get(name);
        if (!last && existing != null && existing.getNodeType() == next.getNodeType()) {
          next = existing;
        } else {
          object.set(name, next);
        }
      }
      container = next;
    }
    return JSON.writeValueAsString(body).replace("\"" + DEEP_MARKER + "\"", DEEP);
  }

  private static JsonNode emptyFor(Step step) {
    return step instanceof Element ? NODES.arrayNode() : NODES.objectNode();
  }

  private static String shorten(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "...";
  }
}
