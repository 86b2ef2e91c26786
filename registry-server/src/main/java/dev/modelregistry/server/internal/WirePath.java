package dev.modelregistry.server.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.modelregistry.api.internal.EchoedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where in a request body a value stands, as an error message names it: members in SageMaker's
 * lowerCamelCase ({@code inferenceSpecification.containers[0].image}, as SageMaker's validation
 * messages and the registry's own violations spell them), list positions in brackets, map keys as
 * given (cut by {@link EchoedText#cut}, since a key is the caller's text).
 */
final class WirePath {
  private sealed interface Step permits Member, Key, Index {}

  private record Member(String name) implements Step {}

  private record Key(String key) implements Step {}

  private record Index(int index) implements Step {}

  private final List<Step> steps;

  private WirePath(List<Step> steps) {
    this.steps = List.copyOf(steps);
  }

  /** The body itself. */
  static WirePath root() {
    return new WirePath(List.of());
  }

  /** The path of a single top-level member, by its wire name. */
  static WirePath member(String wireName) {
    return new WirePath(List.of(new Member(wireName)));
  }

  /** The path where Jackson failed to bind a value. */
  static WirePath of(JsonMappingException failure) {
    List<Step> steps = new ArrayList<>();
    for (JsonMappingException.Reference reference : failure.getPath()) {
      if (reference.getFieldName() != null) {
        steps.add(reference.getFrom() instanceof Map<?, ?>
            ? new Key(reference.getFieldName())
            : new Member(reference.getFieldName()));
      } else if (reference.getIndex() >= 0) {
        steps.add(new Index(reference.getIndex()));
      }
    }
    return new WirePath(steps);
  }

  /** This path followed by a member, by its wire name. */
  WirePath then(String wireName) {
    List<Step> longer = new ArrayList<>(steps);
    longer.add(new Member(wireName));
    return new WirePath(longer);
  }

  boolean isRoot() {
    return steps.isEmpty();
  }

  /** Returns the value at this path in {@code body}, or a missing node. */
  JsonNode find(JsonNode body) {
    JsonNode node = body;
    for (Step step : steps) {
      if (node == null) {
        break;
      }
      if (step instanceof Member member) {
        node = node.get(member.name());
      } else if (step instanceof Key key) {
        node = node.get(key.key());
      } else if (step instanceof Index index) {
        node = node.get(index.index());
      }
    }
    return node == null ? MissingNode.getInstance() : node;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Step step : steps) {
      if (step instanceof Member member) {
        dot(text).append(lowerCamel(member.name()));
      } else if (step instanceof Key key) {
        dot(text).append(EchoedText.cut(key.key()));
      } else if (step instanceof Index index) {
        text.append('[').append(index.index()).append(']');
      }
    }
    return text.toString();
  }

  private static StringBuilder dot(StringBuilder text) {
    return text.length() == 0 ? text : text.append('.');
  }

  private static String lowerCamel(String wireName) {
    String shown = EchoedText.cut(wireName);
    return shown.isEmpty() ? shown : Character.toLowerCase(shown.charAt(0)) + shown.substring(1);
  }
}
