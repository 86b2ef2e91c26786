package dev.modelregistry.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.model.ImmutableModelPackageContainerDefinition;
import dev.modelregistry.api.model.MetadataProperties;
import dev.modelregistry.api.model.ModelInput;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageContainerDefinition;
import dev.modelregistry.api.model.ModelPackageModelCard;
import dev.modelregistry.api.model.ModelPackageSecurityConfig;
import dev.modelregistry.api.model.Tag;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.api.request.ImmutableCreateModelPackageRequest;
import dev.modelregistry.api.request.ListModelPackageGroupsRequest;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every length limit of the contract, at the boundary (accepted, stored as given) and one past it
 * (a plain validation error naming the field; nothing stored).
 */
public abstract class LengthLimitsContract extends ContractSupport {

  @Test
  @DisplayName("a group name of 63 characters is accepted, of 64 rejected")
  void groupName() {
    String at = "n".repeat(63);

    assertThat(createGroup(at).modelPackageGroupName()).isEqualTo(at);
    plainInvalidWithoutChange(() -> createGroup("m".repeat(64)), "modelPackageGroupName");
  }

  @Test
  @DisplayName("a group description of 1024 characters is accepted, of 1025 rejected")
  void groupDescription() {
    assertThat(registry().createModelPackageGroup(CreateModelPackageGroupRequest.builder()
        .modelPackageGroupName("at").modelPackageGroupDescription("d".repeat(1024)).build())
        .modelPackageGroupDescription()).contains("d".repeat(1024));
    plainInvalidWithoutChange(() -> registry().createModelPackageGroup(
        CreateModelPackageGroupRequest.builder().modelPackageGroupName("past")
            .modelPackageGroupDescription("d".repeat(1025)).build()),
        "modelPackageGroupDescription");
  }

  @Test
  @DisplayName("package, approval and stage descriptions of 1024 characters are accepted, of 1025 rejected")
  void packageDescriptions() {
    createGroup("churn");

    textLimit(1024, "modelPackageDescription", (b, text) -> b.modelPackageDescription(text));
    textLimit(1024, "approvalDescription", (b, text) -> b.approvalDescription(text));
    textLimit(1024, "modelLifeCycle.stageDescription",
        (b, text) -> b.modelLifeCycle(Fixtures.lifeCycle("Development", "InProgress", text)));
  }

  @Test
  @DisplayName("metadata properties of 1024 characters are accepted, of 1025 rejected")
  void metadataProperties() {
    createGroup("churn");

    textLimit(1024, "metadataProperties.commitId", (b, text) -> b.metadataProperties(
        MetadataProperties.builder().commitId(text).build()));
    textLimit(1024, "metadataProperties.projectId", (b, text) -> b.metadataProperties(
        MetadataProperties.builder().projectId(text).build()));
  }

  @Test
  @DisplayName("a customer metadata key of 128 and a value of 256 characters are accepted, one more rejected")
  void customerMetadataEntry() {
    createGroup("churn");

    textLimit(128, "customerMetadataProperties.key",
        (b, text) -> b.customerMetadataProperties(Map.of(text, "v")));
    textLimit(256, "customerMetadataProperties.value",
        (b, text) -> b.customerMetadataProperties(Map.of("k", text)));
  }

  @Test
  @DisplayName("a tag key of 128 and a tag value of 256 characters are accepted, one more rejected")
  void tagEntry() {
    createGroup("churn");
    String arn = groupArn("churn");

    registry().addTags(arn, List.of(Tag.of("k".repeat(128), "v".repeat(256))));
    plainInvalidWithoutChange(() -> registry().addTags(arn, List.of(Tag.of("k".repeat(129), "v"))),
        "tags[0].key");
    plainInvalidWithoutChange(() -> registry().addTags(arn, List.of(Tag.of("k", "v".repeat(257)))),
        "tags[0].value");
    assertThat(allTags(arn)).containsExactly(Tag.of("k".repeat(128), "v".repeat(256)));
  }

  @Test
  @DisplayName("a client token of 36 characters is accepted, of 37 rejected")
  void clientToken() {
    createGroup("churn");

    textLimit(36, "clientToken", (b, text) -> b.clientToken(text));
  }

  @Test
  @DisplayName("source URI and sample payload URL of 1024 characters are accepted, of 1025 rejected")
  void uris() {
    createGroup("churn");

    textLimit(1024, "sourceUri", (b, text) -> b.sourceUri(text));
    textLimit(1024, "samplePayloadUrl", (b, text) -> b.samplePayloadUrl(uriOfLength(text.length())));
  }

  @Test
  @DisplayName("a model data URL of 1024 and an image of 255 characters are accepted, one more rejected")
  void containerTexts() {
    createGroup("churn");

    containerLimit(1024, "modelDataUrl", (c, text) -> c.modelDataUrl(uriOfLength(text.length())));
    containerLimit(255, "image", (c, text) -> c.image(text));
    containerLimit(1024, "environment.value", (c, text) -> c.putEnvironment("KEY", text));
    containerLimit(16384, "modelInput.dataInputConfig",
        (c, text) -> c.modelInput(ModelInput.builder().dataInputConfig(text).build()));
  }

  @Test
  @DisplayName("a framework version of 3 to 10 characters is accepted, of 2 or 11 rejected")
  void frameworkVersion() {
    createGroup("churn");

    for (String valid : List.of("1.7", "1.2.3.4.56")) {
      registerWithContainer(c -> c.frameworkVersion(valid));
    }
    for (String invalid : List.of("1.", "1.2.3.4.567")) {
      plainInvalidWithoutChange(() -> registerWithContainer(c -> c.frameworkVersion(invalid)),
          "inferenceSpecification.containers[0].frameworkVersion");
    }
  }

  @Test
  @DisplayName("a KMS key ID of 2048 characters is accepted, of 2049 rejected")
  void kmsKeyId() {
    createGroup("churn");

    textLimit(2048, "securityConfig.kmsKeyId", (b, text) -> b.securityConfig(
        ModelPackageSecurityConfig.builder().kmsKeyId(text).build()));
  }

  @Test
  @DisplayName("model card content of 100000 characters is accepted, of 100001 rejected")
  void modelCardContent() {
    createGroup("churn");

    ModelPackage at = register(Fixtures.minimalPackage("churn").modelCard(ModelPackageModelCard
        .builder().modelCardContent(Fixtures.jsonOfLength(100_000)).build()).build());
    assertThat(at.modelCard().orElseThrow().modelCardContent()).hasValueSatisfying(
        content -> assertThat(content).hasSize(100_000));
    plainInvalidWithoutChange(() -> register(Fixtures.minimalPackage("churn").modelCard(
            ModelPackageModelCard.builder().modelCardContent(Fixtures.jsonOfLength(100_001))
                .build()).build()),
        "modelCard.modelCardContent");
  }

  @Test
  @DisplayName("a resource policy of 20480 characters is accepted, of 20481 rejected")
  void resourcePolicy() {
    createGroup("churn");
    String at = "p".repeat(20_480);

    registry().putModelPackageGroupPolicy("churn", at);

    assertThat(registry().getModelPackageGroupPolicy("churn")).isEqualTo(at);
    plainInvalidWithoutChange(
        () -> registry().putModelPackageGroupPolicy("churn", "p".repeat(20_481)), "resourcePolicy");
  }

  @Test
  @DisplayName("a nameContains of 63 characters is accepted, of 64 rejected")
  void nameContains() {
    createGroup("n".repeat(63));

    assertThat(allGroups(ListModelPackageGroupsRequest.builder().nameContains("N".repeat(63))
        .build())).hasSize(1);
    Rejections.plainInvalid(() -> registry().listModelPackageGroups(
        ListModelPackageGroupsRequest.builder().nameContains("n".repeat(64)).build()),
        "nameContains");
  }

  /** Registers a package with a text of {@code max} characters, then fails with {@code max + 1}. */
  private void textLimit(int max, String path,
      BiConsumer<ImmutableCreateModelPackageRequest.Builder, String> set) {
    ImmutableCreateModelPackageRequest.Builder at = Fixtures.minimalPackage("churn");
    set.accept(at, "t".repeat(max));
    ModelPackage stored = register(at.build());
    assertThat(registry().describeModelPackage(stored.modelPackageArn())).isEqualTo(stored);

    ImmutableCreateModelPackageRequest.Builder past = Fixtures.minimalPackage("churn");
    set.accept(past, "t".repeat(max + 1));
    plainInvalidWithoutChange(() -> register(past.build()), path);
  }

  private void containerLimit(int max, String field,
      BiConsumer<ImmutableModelPackageContainerDefinition.Builder, String> set) {
    registerWithContainer(c -> set.accept(c, "t".repeat(max)));
    plainInvalidWithoutChange(() -> registerWithContainer(c -> set.accept(c, "t".repeat(max + 1))),
        "inferenceSpecification.containers[0]." + field);
  }

  private ModelPackage registerWithContainer(
      Consumer<ImmutableModelPackageContainerDefinition.Builder> set) {
    ImmutableModelPackageContainerDefinition.Builder container =
        ModelPackageContainerDefinition.builder().image(Fixtures.IMAGE);
    set.accept(container);
    return register(Fixtures.minimalPackage("churn")
        .inferenceSpecification(Fixtures.inferenceSpecification(container.build())).build());
  }

  /** Returns an S3 URI of exactly {@code length} characters. */
  private static String uriOfLength(int length) {
    String prefix = "s3://bucket/";
    return prefix + "k".repeat(length - prefix.length());
  }
}
