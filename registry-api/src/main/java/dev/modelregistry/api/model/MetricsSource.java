package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A metrics document stored elsewhere (e.g. an evaluation report in S3).
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableMetricsSource.class)
public interface MetricsSource {

  /** Returns a new builder. */
  static ImmutableMetricsSource.Builder builder() {
    return ImmutableMetricsSource.builder();
  }

  /** Returns the MIME type of the document, 0..256 characters. */
  @JsonProperty("ContentType")
  String contentType();

  /** Returns the digest of the document, {@code sha256:} and 64 hex digits. */
  @JsonProperty("ContentDigest")
  Optional<String> contentDigest();

  /** Returns where the document is, an {@code s3://} or {@code https://} URI. */
  @JsonProperty("S3Uri")
  String s3Uri();
}
