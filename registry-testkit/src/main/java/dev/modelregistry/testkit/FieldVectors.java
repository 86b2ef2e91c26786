package dev.modelregistry.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The boundary vectors of {@code field-rules.json} (a copy of the project's
 * {@code shared/spec/vectors/field-rules.json}, shipped in the kit's jar so that every backend is
 * held to the same edges).
 */
final class FieldVectors {
  static final String RESOURCE = "field-rules.json";

  private static final List<Rule> RULES = load();

  private FieldVectors() {}

  /** One field rule: where it applies, its pattern and lengths, and its boundary values. */
  record Rule(String field, List<String> appliesTo, Pattern pattern, int min, int max,
      List<String> valid, List<String> invalid) {}

  /**
   * One value of one rule, for one place the rule applies to.
   *
   * @param target an {@code applies_to} entry of the rule
   * @param expectedValid whether the registry must accept the value there
   */
  record VectorCase(String field, String target, String value, boolean expectedValid) {
    @Override
    public String toString() {
      return (expectedValid ? "accepts " : "rejects ") + show(value) + " as " + target;
    }
  }

  static List<Rule> rules() {
    return RULES;
  }

  /** Every (rule, applies_to entry, value) combination; the source of the vector tests. */
  static Stream<VectorCase> cases() {
    List<VectorCase> cases = new ArrayList<>();
    for (Rule rule : RULES) {
      for (String target : rule.appliesTo()) {
        boolean emptyAllowed = target.contains("may also be empty");
        for (String value : rule.valid()) {
          cases.add(new VectorCase(rule.field(), target, value, true));
        }
        for (String value : rule.invalid()) {
          cases.add(new VectorCase(rule.field(), target, value, emptyAllowed && value.isEmpty()));
        }
      }
    }
    return cases.stream();
  }

  /** Shows a value in a test name: quoted, control characters escaped, long values shortened. */
  static String show(String value) {
    String shown = value.length() > 24
        ? value.substring(0, 12) + "...(" + value.length() + " chars)"
        : value;
    StringBuilder text = new StringBuilder("'");
    shown.codePoints().forEach(c -> {
      if (Character.isISOControl(c)) {
        text.append(String.format("\\u%04x", c));
      } else {
        text.appendCodePoint(c);
      }
    });
    return text.append('\'').toString();
  }

  private static List<Rule> load() {
    try (InputStream in = FieldVectors.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE + " next to " + FieldVectors.class);
      }
      JsonNode fields = new ObjectMapper().readTree(in).path("fields");
      List<Rule> rules = new ArrayList<>();
      fields.properties().forEach(entry -> {
        JsonNode rule = entry.getValue();
        rules.add(new Rule(entry.getKey(), texts(rule.path("applies_to")),
            Pattern.compile(rule.path("pattern").asText()), rule.path("min").asInt(),
            rule.path("max").asInt(), texts(rule.path("valid")), texts(rule.path("invalid"))));
      });
      if (rules.isEmpty()) {
        throw new IllegalStateException(RESOURCE + " holds no field rules");
      }
      return List.copyOf(rules);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.asText()));
    return List.copyOf(values);
  }
}
