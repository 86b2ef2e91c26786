package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.immutables.value.Value;

/**
 * A key-value pair attached to a model package group. Packages cannot be tagged: use the group's
 * tags or a package's customer metadata properties.
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableTag.class)
public interface Tag {

  /** Returns a new builder. */
  static ImmutableTag.Builder builder() {
    return ImmutableTag.builder();
  }

  /** Returns a new instance with the given values. */
  static Tag of(String key, String value) {
    return ImmutableTag.builder().key(key).value(value).build();
  }

  /** Returns the tag key, 1..128 characters; keys starting with {@code aws:} are reserved. */
  @JsonProperty("Key")
  String key();

  /** Returns the tag value, 0..256 characters. */
  @JsonProperty("Value")
  String value();
}
