package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One container of an inference specification: the serving image and the model artifacts it
 * loads.
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableModelPackageContainerDefinition.class)
public interface ModelPackageContainerDefinition {

  /** Returns a new builder. */
  static ImmutableModelPackageContainerDefinition.Builder builder() {
    return ImmutableModelPackageContainerDefinition.builder();
  }

  /** Returns the DNS host name of the container, 0..63 characters of the entity name pattern. */
  @JsonProperty("ContainerHostname")
  Optional<String> containerHostname();

  /** Returns the serving image, 1..255 non-blank characters. */
  @JsonProperty("Image")
  Optional<String> image();

  /** Returns the image digest, {@code sha256:} and 64 hex digits. */
  @JsonProperty("ImageDigest")
  Optional<String> imageDigest();

  /** Returns where the model artifacts are, an {@code s3://} or {@code https://} URI. */
  @JsonProperty("ModelDataUrl")
  Optional<String> modelDataUrl();

  /** Returns environment variables of the container, at most 100; insertion order is kept; empty when none. */
  @JsonProperty("Environment")
  Map<String, String> environment();

  /** Returns input configuration. */
  @JsonProperty("ModelInput")
  Optional<ModelInput> modelInput();

  /** Returns the machine learning framework of the image. */
  @JsonProperty("Framework")
  Optional<String> framework();

  /** Returns the framework version, 3..10 characters, e.g. {@code 1.7}. */
  @JsonProperty("FrameworkVersion")
  Optional<String> frameworkVersion();

  /** Returns the name of a pre-trained model that best matches this one. */
  @JsonProperty("NearestModelName")
  Optional<String> nearestModelName();
}
