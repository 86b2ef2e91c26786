package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A file stored elsewhere (e.g. a drift-check configuration in S3).
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableFileSource.class)
public interface FileSource {

  /** Returns a new builder. */
  static ImmutableFileSource.Builder builder() {
    return ImmutableFileSource.builder();
  }

  /** Returns the MIME type of the file. */
  @JsonProperty("ContentType")
  Optional<String> contentType();

  /** Returns the digest of the file, {@code sha256:} and 64 hex digits. */
  @JsonProperty("ContentDigest")
  Optional<String> contentDigest();

  /** Returns where the file is, an {@code s3://} or {@code https://} URI. */
  @JsonProperty("S3Uri")
  String s3Uri();
}
