package dev.modelregistry.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.ConflictException;
import dev.modelregistry.api.ResourceNotFoundException;
import dev.modelregistry.api.model.InferenceSpecification;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageChangeType;
import dev.modelregistry.api.model.ModelPackageContainerDefinition;
import dev.modelregistry.api.model.ModelPackageHistoryEntry;
import dev.modelregistry.api.model.ModelPackageStateChangeEvent;
import dev.modelregistry.api.model.Tag;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Batch registration ({@code createModelPackages}), for bulk imports: consecutive versions in
 * request order, all or nothing, every broken rule of every request reported at once with its
 * index, client tokens as for single registrations, a history entry and an event per package.
 */
public abstract class BatchCreateContract extends ContractSupport {

  private static List<CreateModelPackageRequest> requests(String group, int count) {
    List<CreateModelPackageRequest> requests = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      requests.add(Fixtures.minimalPackage(group)
          .modelPackageDescription("import " + i)
          .customerMetadataProperties(Map.of("index", Integer.toString(i)))
          .build());
    }
    return requests;
  }

  private static List<Integer> versions(List<ModelPackage> packages) {
    return packages.stream().map(ModelPackage::modelPackageVersion).toList();
  }

  @Test
  @DisplayName("a batch registers consecutive versions in request order, each as a single create would")
  void consecutiveVersionsInOrder() {
    createGroup("churn");
    register("churn");
    tick();
    List<CreateModelPackageRequest> requests = new ArrayList<>(requests("churn", 3));
    requests.set(1, Fixtures.fullPackage("churn").build());

    List<ModelPackage> created = registry().createModelPackages("churn", requests);

    assertThat(versions(created)).containsExactly(2, 3, 4);
    assertThat(created).extracting(ModelPackage::modelPackageArn).containsExactly(
        packageArn("churn", 2), packageArn("churn", 3), packageArn("churn", 4));
    assertThat(created.get(0).modelPackageDescription()).hasValue("import 0");
    assertThat(created.get(2).customerMetadataProperties()).containsEntry("index", "2");
    assertThat(created).allSatisfy(p -> {
      assertThat(p.creationTime()).isEqualTo(clock().instant());
      assertThat(p.createdBy()).hasValueSatisfying(
          user -> assertThat(user.userProfileName()).hasValue(KitContext.FIRST_CALLER));
      assertThat(p.lastModifiedTime()).isEmpty();
      assertThat(registry().describeModelPackage(p.modelPackageArn())).isEqualTo(p);
    });
    ModelPackage single = registry().createModelPackage(requests.get(1));
    assertThat(single.modelPackageVersion()).isEqualTo(5);
    assertThat(created.get(1)).usingRecursiveComparison()
        .ignoringFields("modelPackageVersion", "modelPackageArn").isEqualTo(single);
    assertThat(versionsIn("churn")).containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  @DisplayName("each package of a batch gets its Created history entry and one Created event, in version order, after the batch is stored")
  void historyAndEventsPerPackage() {
    createGroup("churn");
    kit().events().clear();

    List<ModelPackage> created = registry().createModelPackages("churn", requests("churn", 3));

    for (ModelPackage modelPackage : created) {
      List<ModelPackageHistoryEntry> history =
          registry().getModelPackageHistory(modelPackage.modelPackageArn());
      assertThat(history).singleElement().satisfies(entry -> {
        assertThat(entry.changeType()).isEqualTo(ModelPackageChangeType.CREATED);
        assertThat(entry.toApprovalStatus()).hasValue(ModelApprovalStatus.PENDING_MANUAL_APPROVAL);
        assertThat(entry.modelPackageArn()).isEqualTo(modelPackage.modelPackageArn());
      });
    }
    assertThat(events()).extracting(ModelPackageStateChangeEvent::modelPackage)
        .containsExactlyElementsOf(created);
    assertThat(events()).allSatisfy(event ->
        assertThat(event.changeTypes()).containsExactly(ModelPackageChangeType.CREATED));
  }

  @Test
  @DisplayName("the group may be named by ARN or in another case, in the call and in each request; packages carry its stored name")
  void groupNamedAnyWay() {
    createGroup("Churn");
    List<CreateModelPackageRequest> requests = List.of(
        Fixtures.minimalPackage("churn").build(),
        Fixtures.minimalPackage(groupArn("Churn")).build(),
        Fixtures.minimalPackage("CHURN").build());

    List<ModelPackage> created = registry().createModelPackages("cHURN", requests);
    ModelPackage byArn = registry().createModelPackages(groupArn("Churn"),
        List.of(Fixtures.minimalPackage("churn").build())).get(0);

    assertThat(created).extracting(ModelPackage::modelPackageGroupName).containsOnly("Churn");
    assertThat(created).extracting(ModelPackage::modelPackageArn).containsExactly(
        packageArn("Churn", 1), packageArn("Churn", 2), packageArn("Churn", 3));
    assertThat(byArn.modelPackageArn()).isEqualTo(packageArn("Churn", 4));
  }

  @Test
  @DisplayName("every broken rule of every request is reported at once, prefixed by its index; nothing is stored and no version consumed")
  void everyViolationWithItsIndex() {
    createGroup("churn");
    List<CreateModelPackageRequest> requests = new ArrayList<>(requests("churn", 4));
    requests.set(0, Fixtures.minimalPackage("churn").modelPackageDescription("bad\u0000").build());
    requests.set(2, Fixtures.minimalPackage("churn")
        .inferenceSpecification(InferenceSpecification.builder()
            .addContainers(ModelPackageContainerDefinition.builder().image("has space").build())
            .build())
        .addTags(Tag.of("team", "risk"))
        .clientToken("not a token")
        .build());
    requests.set(3, Fixtures.minimalPackage("fraud").build());

    invalidWithoutChange(() -> registry().createModelPackages("churn", requests),
        "requests[0].modelPackageDescription",
        "requests[2].inferenceSpecification.containers[0].image",
        "requests[2].tags",
        "requests[2].clientToken",
        "requests[3].modelPackageGroupName");

    assertThat(register("churn").modelPackageVersion()).isEqualTo(1);
  }

  @Test
  @DisplayName("a batch holds 1..1000 requests: none or 1001 is a plain validation error on requests")
  void batchSizeLimits() {
    createGroup("churn");

    plainInvalidWithoutChange(() -> registry().createModelPackages("churn", List.of()),
        "requests");
    plainInvalidWithoutChange(
        () -> registry().createModelPackages("churn", requests("churn", 1001)), "requests");

    List<ModelPackage> created = registry().createModelPackages("churn", requests("churn", 1000));
    assertThat(versions(created)).isEqualTo(IntStream.rangeClosed(1, 1000).boxed().toList());
    assertThat(registry().findLatestModelPackage("churn").orElseThrow().modelPackageVersion())
        .isEqualTo(1000);
  }

  @Test
  @DisplayName("an invalid group reference is a validation error; a missing group is not found; neither stores anything")
  void groupReferenceErrors() {
    createGroup("churn");

    invalidWithoutChange(() -> registry().createModelPackages("bad_name",
        List.of(Fixtures.minimalPackage("bad_name").build())),
        "modelPackageGroupName", "requests[0].modelPackageGroupName");
    rejectedWithoutChange(ResourceNotFoundException.class,
        () -> registry().createModelPackages("fraud", requests("fraud", 2)));
    rejectedWithoutChange(ResourceNotFoundException.class,
        () -> registry().createModelPackages(FOREIGN_ARN_PREFIX + "model-package-group/churn",
            List.of(Fixtures.minimalPackage(FOREIGN_ARN_PREFIX + "model-package-group/churn")
                .build())));
  }

  @Test
  @DisplayName("a retried batch returns the packages of the first call: no new version, history entry or event")
  void retriedBatchReturnsFirstPackages() {
    createGroup("churn");
    List<CreateModelPackageRequest> requests = List.of(
        Fixtures.minimalPackage("churn").clientToken("import-1").build(),
        Fixtures.fullPackage("churn").clientToken("import-2").build());
    List<ModelPackage> first = registry().createModelPackages("churn", requests);
    tick();
    RegistrySnapshot before = snapshot();

    List<ModelPackage> retried = registry().createModelPackages("churn", requests);

    assertThat(retried).isEqualTo(first);
    assertThat(snapshot()).isEqualTo(before);
    assertThat(register("churn").modelPackageVersion()).isEqualTo(3);
  }

  @Test
  @DisplayName("requests whose tokens were seen return the earlier packages in place; the others get consecutive versions")
  void partlySeenTokens() {
    createGroup("churn");
    ModelPackage seen = register(Fixtures.minimalPackage("churn").clientToken("seen").build());
    register("churn");

    List<ModelPackage> created = registry().createModelPackages("churn", List.of(
        Fixtures.minimalPackage("churn").clientToken("new-1").build(),
        Fixtures.minimalPackage("churn").clientToken("seen").build(),
        Fixtures.minimalPackage("churn").build()));

    assertThat(versions(created)).containsExactly(3, 1, 4);
    assertThat(created.get(1)).isEqualTo(seen);
    assertThat(versionsIn("churn")).containsExactly(1, 2, 3, 4);
    assertThat(register(Fixtures.minimalPackage("churn").clientToken("new-1").build()))
        .isEqualTo(created.get(0));
  }

  @Test
  @DisplayName("a seen token with a different request fails the whole batch with a conflict: nothing stored, no version consumed")
  void conflictingTokenFailsTheBatch() {
    createGroup("churn");
    register(Fixtures.minimalPackage("churn").clientToken("seen")
        .customerMetadataProperties(Map.of("auc", "0.91")).build());

    rejectedWithoutChange(ConflictException.class, () -> registry().createModelPackages("churn",
        List.of(Fixtures.minimalPackage("churn").clientToken("fresh").build(),
            Fixtures.minimalPackage("churn").clientToken("seen")
                .customerMetadataProperties(Map.of("auc", "0.92")).build())));

    assertThat(register("churn").modelPackageVersion()).isEqualTo(2);
    assertThat(register(Fixtures.minimalPackage("churn").clientToken("fresh").build())
        .modelPackageVersion()).isEqualTo(3);
  }

  @Test
  @DisplayName("a token may appear only once per batch: the repeat is a validation error naming its index")
  void repeatedTokenIsInvalid() {
    createGroup("churn");

    invalidWithoutChange(() -> registry().createModelPackages("churn", List.of(
        Fixtures.minimalPackage("churn").clientToken("t").build(),
        Fixtures.minimalPackage("churn").build(),
        Fixtures.minimalPackage("churn").clientToken("t").build())),
        "requests[2].clientToken");
  }

  @Test
  @DisplayName("4 threads mixing batches of 25 and single registrations in one group get versions 1..N, each batch consecutive")
  void batchesUnderContention() {
    createGroup("churn");

    List<List<List<Integer>>> perThread = Race.run(4, thread -> () -> {
      List<List<Integer>> batches = new ArrayList<>();
      for (int round = 0; round < 5; round++) {
        batches.add(versions(registry().createModelPackages("churn", requests("churn", 25))));
        register("churn");
      }
      return batches;
    });

    List<List<Integer>> batches = perThread.stream().flatMap(List::stream).toList();
    assertThat(batches).allSatisfy(batch -> assertThat(batch)
        .isEqualTo(IntStream.range(batch.get(0), batch.get(0) + 25).boxed().toList()));
    assertThat(versionsIn("churn")).isEqualTo(IntStream.rangeClosed(1, 520).boxed().toList());
  }
}
