package dev.modelregistry.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelregistry.api.model.BatchDescribeModelPackageResult;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageGroupSummary;
import dev.modelregistry.api.model.ModelPackageSummary;
import dev.modelregistry.api.model.Tag;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.api.request.ListModelPackagesRequest;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonRoundTripTest {
  private static final ObjectMapper JSON = ModelRegistryJson.newObjectMapper();

  static Stream<Arguments> samples() {
    return Samples.all().entrySet().stream()
        .map(entry -> Arguments.of(entry.getKey().getSimpleName(), entry.getKey(), entry.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void fullyPopulatedValueReadsBackEqualAndRewritesToTheSameText(
      String name, Class<?> type, Object sample) throws Exception {
    String json = JSON.writeValueAsString(sample);

    Object back = JSON.readValue(json, type);

    assertThat(back).isInstanceOf(type).isEqualTo(sample);
    // equals() ignores map order; identical text proves that map and list order survived too
    assertThat(JSON.writeValueAsString(back)).isEqualTo(json);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void writesExactlyTheDeclaredWireNames(String name, Class<?> type, Object sample) {
    JsonNode tree = JSON.valueToTree(sample);

    assertThat(fieldNames(tree)).containsExactlyInAnyOrderElementsOf(wireNames(type));
  }

  @Test
  void everyWireNameIsUpperCamelCaseAsInSageMaker() {
    for (Class<?> type : Samples.all().keySet()) {
      assertThat(wireNames(type))
          .as("wire names of %s", type.getSimpleName())
          .allMatch(wireName -> wireName.matches("[A-Z][A-Za-z0-9]*"));
    }
  }

  @Test
  void modelPackageIsWrittenWithSageMakerMemberNamesAtEveryLevel() {
    JsonNode tree = JSON.valueToTree(Samples.modelPackage());

    assertThat(tree.at("/ModelPackageGroupName").asText()).isEqualTo(Samples.GROUP);
    assertThat(tree.at("/ModelPackageVersion").isInt()).isTrue();
    assertThat(tree.at("/ModelApprovalStatus").asText()).isEqualTo("Approved");
    assertThat(tree.at("/ModelPackageStatus").asText()).isEqualTo("InProgress");
    assertThat(tree.at("/SkipModelValidation").asText()).isEqualTo("All");
    assertThat(tree.at("/InferenceSpecification/SupportedResponseMIMETypes/1").asText())
        .isEqualTo("application/jsonlines");
    assertThat(tree.at("/InferenceSpecification/Containers/0/ImageDigest").asText())
        .isEqualTo(Samples.DIGEST_A);
    assertThat(tree.at("/InferenceSpecification/Containers/0/ModelInput/DataInputConfig").isTextual())
        .isTrue();
    assertThat(tree.at("/InferenceSpecification/Containers/0/Environment/SAGEMAKER_PROGRAM").asText())
        .isEqualTo("inference.py");
    assertThat(tree.at("/ModelMetrics/ModelQuality/Statistics/S3Uri").asText())
        .isEqualTo("s3://ml-artifacts-eu/churn/2026-11-20/model-quality-statistics.json");
    assertThat(tree.at("/ModelMetrics/Bias/PreTrainingReport/ContentDigest").asText())
        .isEqualTo(Samples.DIGEST_B);
    assertThat(tree.at("/DriftCheckBaselines/Bias/ConfigFile/S3Uri").isTextual()).isTrue();
    assertThat(tree.at("/SecurityConfig/KmsKeyId").asText()).startsWith("arn:aws:kms:");
    assertThat(tree.at("/ModelCard/ModelCardStatus").asText()).isEqualTo("PendingReview");
    assertThat(tree.at("/ModelLifeCycle/StageStatus").asText()).isEqualTo("Approved");
    assertThat(tree.at("/CreatedBy/IamIdentity/PrincipalId").asText()).isEqualTo("AROAEXAMPLE:trainer");
    assertThat(tree.at("/CustomerMetadataProperties/zeta").asText()).isEqualTo("last-alphabetically");
    assertThat(tree.at("/AdditionalInferenceSpecifications/1/Name").asText()).isEqualTo("arm");
  }

  @Test
  void requestsAreWrittenWithSageMakerMemberNames() {
    JsonNode update = JSON.valueToTree(Samples.updateModelPackageRequest());
    assertThat(update.at("/CustomerMetadataPropertiesToRemove/2").asText()).isEqualTo("legacy");
    assertThat(update.at("/AdditionalInferenceSpecificationsToAdd/0/Name").asText()).isEqualTo("inf2");
    assertThat(update.at("/ClientToken").isTextual()).isTrue();

    JsonNode list = JSON.valueToTree(Samples.listModelPackagesRequest());
    assertThat(list.at("/SortBy").asText()).isEqualTo("Name");
    assertThat(list.at("/SortOrder").asText()).isEqualTo("Descending");
    assertThat(list.at("/MaxResults").asInt()).isEqualTo(100);

    JsonNode group = JSON.valueToTree(Samples.createModelPackageGroupRequest());
    assertThat(group.at("/Tags/1/Key").asText()).isEqualTo("cost-center");
    assertThat(group.at("/Tags/1/Value").asText()).isEqualTo("ml-42");
  }

  @Test
  void timestampsAreWrittenAsIso8601TextWithTheFullFraction() {
    JsonNode pkg = JSON.valueToTree(Samples.modelPackage());
    assertThat(pkg.get("CreationTime").isTextual()).isTrue();
    assertThat(pkg.get("CreationTime").asText()).isEqualTo("2026-11-20T09:14:03.512345678Z");
    assertThat(pkg.get("LastModifiedTime").asText()).isEqualTo("2026-11-21T16:02:44.001002003Z");

    JsonNode list = JSON.valueToTree(Samples.listModelPackageGroupsRequest());
    assertThat(list.get("CreationTimeAfter").asText()).isEqualTo("2026-01-01T00:00:00.000000001Z");
    assertThat(list.get("CreationTimeBefore").asText()).isEqualTo("2026-12-31T23:59:59.999999999Z");

    JsonNode event = JSON.valueToTree(Samples.stateChangeEvent());
    assertThat(event.get("EventTime").asText()).isEqualTo("2026-11-21T16:02:44.001002003Z");
    assertThat(JSON.valueToTree(Samples.historyEntry()).get("ChangeTime").asText())
        .isEqualTo("2026-11-21T16:02:44.001002003Z");
  }

  @Test
  void wholeSecondTimestampIsWrittenWithoutAFraction() throws Exception {
    assertThat(JSON.writeValueAsString(Instant.parse("2026-11-20T09:14:03Z")))
        .isEqualTo("\"2026-11-20T09:14:03Z\"");
  }

  @Test
  void customerMetadataKeepsInsertionOrderThroughJson() throws Exception {
    List<String> expectedKeys = List.of("zeta", "alpha", "mid:key/with=chars+@-_.");

    ModelPackage pkg = JSON.readValue(JSON.writeValueAsString(Samples.modelPackage()), ModelPackage.class);
    CreateModelPackageRequest create = JSON.readValue(
        JSON.writeValueAsString(Samples.createModelPackageRequest()), CreateModelPackageRequest.class);
    UpdateModelPackageRequest update = JSON.readValue(
        JSON.writeValueAsString(Samples.updateModelPackageRequest()), UpdateModelPackageRequest.class);

    assertThat(pkg.customerMetadataProperties().keySet()).containsExactlyElementsOf(expectedKeys);
    assertThat(create.customerMetadataProperties().orElseThrow().keySet())
        .containsExactlyElementsOf(expectedKeys);
    assertThat(update.customerMetadataProperties().orElseThrow().keySet())
        .containsExactlyElementsOf(expectedKeys);
    assertThat(pkg.inferenceSpecification().orElseThrow().containers().get(0).environment().keySet())
        .containsExactly("SAGEMAKER_PROGRAM", "MODEL_SERVER_WORKERS", "A_LOG_LEVEL");
  }

  @Test
  void batchDescribeResultKeepsRequestOrderOfPackagesAndErrors() throws Exception {
    BatchDescribeModelPackageResult original = Samples.batchDescribeModelPackageResult();

    BatchDescribeModelPackageResult back = JSON.readValue(
        JSON.writeValueAsString(original), BatchDescribeModelPackageResult.class);

    assertThat(back.modelPackages().keySet())
        .containsExactly(Samples.OTHER_PACKAGE_ARN, Samples.PACKAGE_ARN);
    assertThat(back.errors().keySet()).containsExactlyElementsOf(original.errors().keySet());
  }

  @Test
  void modelPackageNameDefaultsToTheGroupNameWhenAbsentFromJson() throws Exception {
    var tree = (ObjectNode) JSON.valueToTree(Samples.modelPackage());
    tree.remove("ModelPackageName");

    ModelPackage back = JSON.treeToValue(tree, ModelPackage.class);

    assertThat(back.modelPackageName()).isEqualTo(Samples.GROUP);
  }

  @Test
  void listRequestsDefaultToCreationTimeAscendingWhenSortIsAbsentFromJson() throws Exception {
    ListModelPackagesRequest back = JSON.readValue("{}", ListModelPackagesRequest.class);

    assertThat(back.sortBy().value()).isEqualTo("CreationTime");
    assertThat(back.sortOrder().value()).isEqualTo("Ascending");
    assertThat(JSON.valueToTree(back).get("SortBy").asText()).isEqualTo("CreationTime");
  }

  @Test
  void pageOfPackageSummariesReadsBackThroughATypeReference() throws Exception {
    Page<ModelPackageSummary> page = Samples.summaryPage();
    String json = JSON.writeValueAsString(page);

    Page<ModelPackageSummary> back = JSON.readValue(json, new TypeReference<>() {});

    assertThat(back).isEqualTo(page);
    assertThat(back.items()).allSatisfy(item -> assertThat(item).isInstanceOf(ModelPackageSummary.class));
    assertThat(back.items()).extracting(ModelPackageSummary::modelPackageVersion).containsExactly(2, 1, 3);
    assertThat(back.nextToken()).contains("opaque-next-page");
    assertThat(JSON.writeValueAsString(back)).isEqualTo(json);
  }

  @Test
  void pageIsWrittenWithItemsAndNextTokenMembers() {
    JsonNode tree = JSON.valueToTree(Samples.summaryPage());

    assertThat(fieldNames(tree)).containsExactlyInAnyOrder("Items", "NextToken");
    assertThat(tree.get("NextToken").asText()).isEqualTo("opaque-next-page");
    assertThat(tree.at("/Items/0/ModelPackageVersion").asInt()).isEqualTo(2);
  }

  @Test
  void lastPageOmitsNextTokenAndReadsBackWithoutOne() throws Exception {
    Page<Tag> last = Page.last(List.of(Tag.of("b", "2"), Tag.of("a", "1"), Tag.of("c", "")));
    String json = JSON.writeValueAsString(last);

    Page<Tag> back = JSON.readValue(json, new TypeReference<>() {});

    assertThat(JSON.readTree(json).has("NextToken")).isFalse();
    assertThat(back).isEqualTo(last);
    assertThat(back.nextToken()).isEmpty();
    assertThat(back.items()).extracting(Tag::key).containsExactly("b", "a", "c");
  }

  @Test
  void pageOfGroupSummariesReadsBackThroughATypeReference() throws Exception {
    Page<ModelPackageGroupSummary> page = Page.of(
        List.of(Samples.modelPackageGroupSummary("b-group"), Samples.modelPackageGroupSummary("a-group")),
        "t2");

    Page<ModelPackageGroupSummary> back =
        JSON.readValue(JSON.writeValueAsString(page), new TypeReference<>() {});

    assertThat(back).isEqualTo(page);
  }

  @Test
  void emptyPageReadsBackEmpty() throws Exception {
    Page<Tag> back = JSON.readValue("{\"Items\":[]}", new TypeReference<>() {});
    Page<Tag> withoutItems = JSON.readValue("{}", new TypeReference<>() {});

    assertThat(back).isEqualTo(Page.last(List.of()));
    assertThat(withoutItems).isEqualTo(Page.last(List.of()));
  }

  @Test
  void membersTheApiDoesNotModelAreIgnoredWhenReading() throws Exception {
    var tree = (ObjectNode) JSON.valueToTree(Samples.modelPackage());
    tree.put("CertifyForMarketplace", false);
    tree.putObject("ModelPackageStatusDetails").putArray("ValidationStatuses");
    tree.put("ModelPackageRegistrationType", "Logged");

    assertThat(JSON.treeToValue(tree, ModelPackage.class)).isEqualTo(Samples.modelPackage());
  }

  static List<String> fieldNames(JsonNode tree) {
    List<String> names = new ArrayList<>();
    tree.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The {@code @JsonProperty} names declared on a value type's accessors. */
  static Set<String> wireNames(Class<?> type) {
    Set<String> names = new TreeSet<>();
    for (Method method : type.getMethods()) {
      JsonProperty property = method.getAnnotation(JsonProperty.class);
      if (property != null && !Modifier.isStatic(method.getModifiers())
          && method.getDeclaringClass() == type) {
        names.add(property.value());
      }
    }
    return names;
  }

  static Map<String, Method> accessorsByWireName(Class<?> type) {
    Map<String, Method> accessors = new TreeMap<>();
    Arrays.stream(type.getMethods())
        .filter(method -> method.getDeclaringClass() == type)
        .filter(method -> !Modifier.isStatic(method.getModifiers()))
        .filter(method -> method.isAnnotationPresent(JsonProperty.class))
        .forEach(method -> accessors.put(method.getAnnotation(JsonProperty.class).value(), method));
    return accessors;
  }
}
