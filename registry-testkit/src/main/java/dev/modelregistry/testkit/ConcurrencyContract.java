package dev.modelregistry.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.ModelRegistryException;
import dev.modelregistry.api.ResourceAlreadyExistsException;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageChangeType;
import dev.modelregistry.api.model.ModelPackageGroup;
import dev.modelregistry.api.model.ModelPackageSummary;
import dev.modelregistry.api.model.SortBy;
import dev.modelregistry.api.model.SortOrder;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.api.request.ImmutableListModelPackagesRequest;
import dev.modelregistry.api.request.ListModelPackagesRequest;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract under concurrent callers: exact versions with many writers on one group, one
 * package for many callers racing with one client token, one group for a contested name, no lost
 * update, and keyset pages that neither repeat nor skip while packages are being registered.
 * Threads start together at a gate; every wait is bounded.
 */
public abstract class ConcurrencyContract extends ContractSupport {
  private static final int THREADS = 8;

  @Test
  @DisplayName("8 writers registering 500 packages each in one group get exactly the versions 1..4000")
  void exactVersionsUnderContention() {
    createGroup("churn");

    List<List<Integer>> perThread = Race.run(THREADS, thread -> () -> {
      List<Integer> versions = new ArrayList<>();
      for (int i = 0; i < 500; i++) {
        versions.add(register("churn").modelPackageVersion());
      }
      return versions;
    });

    List<Integer> all = perThread.stream().flatMap(List::stream).sorted().toList();
    List<Integer> expected = IntStream.rangeClosed(1, 4000).boxed().toList();
    assertThat(all).isEqualTo(expected);
    assertThat(versionsIn("churn")).isEqualTo(expected);
    assertThat(registry().findLatestModelPackage("churn").orElseThrow().modelPackageVersion())
        .isEqualTo(4000);
    perThread.forEach(versions -> assertThat(versions).isSorted());
  }

  @Test
  @DisplayName("8 callers racing with one client token get one package, all the same version, in every round")
  void oneTokenOnePackage() {
    createGroup("churn");
    int rounds = 20;

    for (int round = 0; round < rounds; round++) {
      CreateModelPackageRequest request = Fixtures.fullPackage("churn")
          .clientToken("race-" + round).build();

      List<ModelPackage> results = Race.run(THREADS, thread -> () -> register(request));

      assertThat(results).extracting(ModelPackage::modelPackageVersion).as("round %s", round)
          .containsOnly(round + 1);
    }
    assertThat(versionsIn("churn")).isEqualTo(IntStream.rangeClosed(1, rounds).boxed().toList());
    assertThat(events()).allSatisfy(event -> assertThat(event.changeTypes())
        .containsExactly(ModelPackageChangeType.CREATED)).hasSize(rounds);
  }

  @Test
  @DisplayName("8 callers creating one group name in different cases: one wins, the others are told its ARN")
  void oneNameOneGroup() {
    List<String> spellings = List.of("churn", "Churn", "CHURN", "cHURN", "chURN", "CHurn",
        "churN", "ChUrN");

    List<Object> outcomes = Race.run(THREADS, thread -> () -> {
      try {
        return createGroup(spellings.get(thread));
      } catch (ResourceAlreadyExistsException taken) {
        return taken;
      }
    });

    List<ModelPackageGroup> created = outcomes.stream()
        .filter(o -> o instanceof ModelPackageGroup)
        .map(o -> (ModelPackageGroup) o).toList();
    assertThat(created).hasSize(1);
    String winner = created.get(0).modelPackageGroupArn();
    assertThat(outcomes).filteredOn(o -> o instanceof ResourceAlreadyExistsException)
        .hasSize(THREADS - 1)
        .allSatisfy(o -> assertThat(((ResourceAlreadyExistsException) o).resourceArn())
            .isEqualTo(winner));
    assertThat(registry().describeModelPackageGroup("churn").modelPackageGroupArn())
        .isEqualTo(winner);
  }

  @Test
  @DisplayName("concurrent metadata updates of one package lose no entry")
  void noLostUpdates() {
    createGroup("churn");
    register("churn");

    Race.run(THREADS, thread -> () -> {
      for (int i = 0; i < 5; i++) {
        registry().updateModelPackage(UpdateModelPackageRequest.builder()
            .modelPackageArn("churn/1")
            .customerMetadataProperties(Map.of("t" + thread + "-" + i, "v")).build());
      }
      return null;
    });

    assertThat(registry().describeModelPackage("churn/1").customerMetadataProperties())
        .hasSize(THREADS * 5);
  }

  @Test
  @DisplayName("registering while the latest packages are being deleted never hands out a version twice")
  void noVersionReuseWhileDeleting() {
    createGroup("churn");
    AtomicBoolean writing = new AtomicBoolean(true);
    List<Integer> versions;
    try (Race race = Race.of(5)) {
      List<Future<List<Integer>>> writers = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        writers.add(race.submit(() -> {
          List<Integer> mine = new ArrayList<>();
          for (int i = 0; i < 250; i++) {
            mine.add(register("churn").modelPackageVersion());
          }
          return mine;
        }));
      }
      Future<Integer> deleter = race.submit(() -> deleteLatestWhile(writing));
      race.start();
      versions = new ArrayList<>();
      for (Future<List<Integer>> writer : writers) {
        versions.addAll(Race.await(writer));
      }
      writing.set(false);
      Race.await(deleter);
    }

    assertThat(versions).doesNotHaveDuplicates().hasSize(1000);
    assertThat(versions.stream().mapToInt(Integer::intValue).max().orElseThrow()).isEqualTo(1000);
    assertThat(register("churn").modelPackageVersion()).isEqualTo(1001);
  }

  static List<Arguments> sortings() {
    return List.of(Arguments.of(SortBy.CREATION_TIME, SortOrder.ASCENDING),
        Arguments.of(SortBy.CREATION_TIME, SortOrder.DESCENDING),
        Arguments.of(SortBy.NAME, SortOrder.ASCENDING),
        Arguments.of(SortBy.NAME, SortOrder.DESCENDING));
  }

  @ParameterizedTest(name = "sorted by {0}, {1}")
  @MethodSource("sortings")
  @DisplayName("paging through a group while 4 writers register never repeats a package nor skips one that existed before")
  void stablePagesWhileRegistering(SortBy sortBy, SortOrder sortOrder) {
    createGroup("churn");
    for (int i = 0; i < 300; i++) {
      register("churn");
      clock().advance(Duration.ofMillis(1));
    }
    Set<String> before = versionsIn("churn").stream().map(v -> packageArn("churn", v))
        .collect(Collectors.toSet());
    AtomicBoolean reading = new AtomicBoolean(true);
    ListModelPackagesRequest request = ListModelPackagesRequest.builder()
        .modelPackageGroupName("churn").sortBy(sortBy).sortOrder(sortOrder).maxResults(7).build();

    List<String> seen;
    try (Race race = Race.of(4)) {
      List<Future<Integer>> writers = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        writers.add(race.submit(() -> registerWhile(reading)));
      }
      race.start();
      seen = Listing.pages(token -> registry().listModelPackages(
              ImmutableListModelPackagesRequest.copyOf(request).withNextToken(token)))
          .stream().flatMap(page -> page.items().stream())
          .map(ModelPackageSummary::modelPackageArn).toList();
      reading.set(false);
      writers.forEach(Race::await);
    }

    assertThat(seen).doesNotHaveDuplicates();
    assertThat(new HashSet<>(seen)).containsAll(before);
  }

  private int registerWhile(AtomicBoolean running) {
    int count = 0;
    while (running.get() && count < 500) {
      clock().advance(Duration.ofMillis(1));
      register("churn");
      count++;
    }
    return count;
  }

  private int deleteLatestWhile(AtomicBoolean running) {
    int deleted = 0;
    while (running.get()) {
      try {
        registry().findLatestModelPackage("churn").ifPresent(latest ->
            registry().deleteModelPackage(latest.modelPackageArn()));
        deleted++;
      } catch (ModelRegistryException raced) {
        // another deleter or the listing lost a race; the invariant is checked by the writers
      }
    }
    return deleted;
  }
}
