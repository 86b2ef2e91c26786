package dev.modelregistry.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.modelregistry.api.model.DriftCheckBaselines;
import dev.modelregistry.api.model.DriftCheckBias;
import dev.modelregistry.api.model.FileSource;
import dev.modelregistry.api.model.ImmutableModelPackageContainerDefinition;
import dev.modelregistry.api.model.InferenceSpecification;
import dev.modelregistry.api.model.MetricsSource;
import dev.modelregistry.api.model.ModelMetrics;
import dev.modelregistry.api.model.ModelPackageContainerDefinition;
import dev.modelregistry.api.model.ModelQuality;
import dev.modelregistry.api.model.Tag;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.api.request.ImmutableCreateModelPackageRequest;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The boundary vectors of {@code field-rules.json}, fed to every place each rule applies to: each
 * {@code valid} value is accepted, each {@code invalid} one rejected with a validation error that
 * names exactly that field, and the registry is left unchanged.
 */
public abstract class FieldVectorContract extends ContractSupport {

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.modelregistry.testkit.FieldVectors#cases")
  @DisplayName("a field-rules.json vector is accepted or rejected where its rule applies")
  void holdsToVector(FieldVectors.VectorCase vector) {
    createGroup("churn");
    register("churn");
    Target target = target(vector.target(), vector.value());

    if (vector.expectedValid()) {
      assertThatCode(target.call()).as(vector.toString()).doesNotThrowAnyException();
    } else {
      invalidWithoutChange(target.call(), target.path());
    }
  }

  /** Where a value lands: the call that carries it and the path an error must name. */
  private record Target(String path, ThrowingCallable call) {}

  private Target target(String appliesTo, String value) {
    return switch (appliesTo) {
      case "modelPackageGroupName" -> new Target("modelPackageGroupName", () -> createGroup(value));
      case "modelPackageGroupDescription" -> new Target("modelPackageGroupDescription",
          () -> registry().createModelPackageGroup(CreateModelPackageGroupRequest.builder()
              .modelPackageGroupName("described").modelPackageGroupDescription(value).build()));
      case "modelPackageDescription" ->
          create("modelPackageDescription", b -> b.modelPackageDescription(value));
      case "modelLifeCycle.stage" -> create("modelLifeCycle.stage",
          b -> b.modelLifeCycle(Fixtures.lifeCycle(value, "InProgress", "x")));
      case "modelLifeCycle.stageStatus" -> create("modelLifeCycle.stageStatus",
          b -> b.modelLifeCycle(Fixtures.lifeCycle("Development", value, "x")));
      case "additionalInferenceSpecifications[].name" ->
          create("additionalInferenceSpecifications[0].name",
              b -> b.addAdditionalInferenceSpecifications(Fixtures.additional(value)));
      case "containers[].containerHostname (0..63: may also be empty)" ->
          container("containerHostname", c -> c.containerHostname(value));
      case "containers[].frameworkVersion" ->
          container("frameworkVersion", c -> c.frameworkVersion(value));
      case "containers[].environment key" ->
          container("environment.key", c -> c.putEnvironment(value, "x"));
      case "modelDataUrl" -> container("modelDataUrl", c -> c.modelDataUrl(value));
      case "imageDigest" -> container("imageDigest", c -> c.imageDigest(value));
      case "supportedResponseMIMETypes[]" -> create(
          "inferenceSpecification.supportedResponseMIMETypes[0]",
          b -> b.inferenceSpecification(InferenceSpecification.builder()
              .addContainers(Fixtures.container()).addSupportedResponseMIMETypes(value).build()));
      case "customerMetadataProperties key" -> create("customerMetadataProperties.key",
          b -> b.customerMetadataProperties(Map.of(value, "v")));
      case "customerMetadataProperties value" -> create("customerMetadataProperties.value",
          b -> b.customerMetadataProperties(Map.of("k", value)));
      case "customerMetadataPropertiesToRemove[]" -> new Target(
          "customerMetadataPropertiesToRemove[0]",
          () -> registry().updateModelPackage(UpdateModelPackageRequest.builder()
              .modelPackageArn("churn/1").addCustomerMetadataPropertiesToRemove(value).build()));
      case "tags[].key" -> new Target("tags[0].key",
          () -> registry().addTags(groupArn("churn"), List.of(Tag.of(value, "v"))));
      case "tags[].value" -> new Target("tags[0].value",
          () -> registry().addTags(groupArn("churn"), List.of(Tag.of("k", value))));
      case "deleteTags keys" -> new Target("tagKeys[0]",
          () -> registry().deleteTags(groupArn("churn"), List.of(value)));
      case "samplePayloadUrl" -> create("samplePayloadUrl", b -> b.samplePayloadUrl(value));
      case "sourceUri" -> create("sourceUri", b -> b.sourceUri(value));
      case "clientToken" -> create("clientToken", b -> b.clientToken(value));
      case "metricsSource.s3Uri" -> metrics("s3Uri",
          MetricsSource.builder().contentType("application/json").s3Uri(value).build());
      case "metricsSource.contentDigest" -> metrics("contentDigest",
          MetricsSource.builder().contentType("application/json").s3Uri("s3://m/q.json")
              .contentDigest(value).build());
      case "fileSource.s3Uri" -> configFile("s3Uri", FileSource.builder().s3Uri(value).build());
      case "fileSource.contentDigest" -> configFile("contentDigest",
          FileSource.builder().s3Uri("s3://m/config.json").contentDigest(value).build());
      default -> throw new IllegalArgumentException("field-rules.json applies a rule to '"
          + appliesTo + "', which the kit does not know: teach FieldVectorContract where it is");
    };
  }

  private Target create(String path, Consumer<ImmutableCreateModelPackageRequest.Builder> set) {
    ImmutableCreateModelPackageRequest.Builder request = Fixtures.minimalPackage("churn");
    set.accept(request);
    return new Target(path, () -> register(request.build()));
  }

  private Target container(String field,
      Consumer<ImmutableModelPackageContainerDefinition.Builder> set) {
    ImmutableModelPackageContainerDefinition.Builder container =
        ModelPackageContainerDefinition.builder().image(Fixtures.IMAGE);
    set.accept(container);
    return create("inferenceSpecification.containers[0]." + field,
        b -> b.inferenceSpecification(Fixtures.inferenceSpecification(container.build())));
  }

  private Target metrics(String field, MetricsSource source) {
    return create("modelMetrics.modelQuality.statistics." + field,
        b -> b.modelMetrics(ModelMetrics.builder()
            .modelQuality(ModelQuality.builder().statistics(source).build()).build()));
  }

  private Target configFile(String field, FileSource source) {
    return create("driftCheckBaselines.bias.configFile." + field,
        b -> b.driftCheckBaselines(DriftCheckBaselines.builder()
            .bias(DriftCheckBias.builder().configFile(source).build()).build()));
  }
}
