package dev.modelregistry.jdbc.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageChangeType;
import dev.modelregistry.api.model.SortBy;
import dev.modelregistry.api.model.SortOrder;
import dev.modelregistry.core.spi.PackageQuery;
import dev.modelregistry.core.spi.RegistryStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** What children acknowledged, and the checks that the registry holds it, whole. */
final class Acks {
  private Acks() {}

  /** Returns version to seed for every {@code ACK} line. */
  static Map<Integer, String> of(List<String> lines) {
    Map<Integer, String> acks = new LinkedHashMap<>();
    for (String line : lines) {
      if (line.startsWith("ACK ")) {
        String[] parts = line.split(" ");
        String previous = acks.put(Integer.parseInt(parts[1]), parts[2]);
        assertThat(previous).as("version %s acknowledged twice", parts[1]).isNull();
      }
    }
    return acks;
  }

  static boolean isAck(String line) {
    return line.startsWith("ACK ");
  }

  /** Returns every package of a group, by version, paging through the store. */
  static List<ModelPackage> allPackages(RegistryStore store, String group) {
    List<ModelPackage> all = new ArrayList<>();
    PackageQuery.PackageCursor after = null;
    while (true) {
      List<ModelPackage> page = store.listPackages(new PackageQuery(group, null, null, null, null, null, Map.of(),
          SortBy.NAME, SortOrder.ASCENDING, after, 100));
      if (page.isEmpty()) {
        return all;
      }
      all.addAll(page);
      ModelPackage last = page.get(page.size() - 1);
      after = new PackageQuery.PackageCursor(last.creationTime(), last.modelPackageGroupName(),
          last.modelPackageVersion());
    }
  }

  /**
   * Checks that the group holds exactly versions 1..N, each package whole (every field the child
   * wrote, and its history), and every acknowledged one among them with the child's seed.
   *
   * @return N
   */
  static int assertCompleteAndContiguous(RegistryStore store, String group,
      Map<Integer, String> acked, boolean large) {
    return assertCompleteAndContiguous(store, group, acked, large, 0);
  }

  /**
   * As above; the history of versions up to {@code historyCheckedUpTo}, checked after an earlier
   * kill, is not read again (a package's history only changes when the package is updated).
   */
  static int assertCompleteAndContiguous(RegistryStore store, String group,
      Map<Integer, String> acked, boolean large, int historyCheckedUpTo) {
    List<ModelPackage> all = allPackages(store, group);
    assertThat(all).extracting(ModelPackage::modelPackageVersion)
        .as("versions of %s", group)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, all.size()).boxed().toList());
    for (ModelPackage pkg : all) {
      String seed = pkg.modelPackageDescription().orElseThrow().substring("registered as ".length());
      assertThat(pkg.customerMetadataProperties())
          .as("metadata of version %d", pkg.modelPackageVersion())
          .isEqualTo(RegistrationChild.metadata(seed));
      if (large) {
        assertThat(pkg.modelCard().orElseThrow().modelCardContent())
            .as("model card of version %d", pkg.modelPackageVersion())
            .contains(RegistrationChild.cardContent(seed));
      }
      if (pkg.modelPackageVersion() <= historyCheckedUpTo) {
        continue;
      }
      assertThat(store.listHistory(group, pkg.modelPackageVersion()))
          .as("history of version %d", pkg.modelPackageVersion())
          .singleElement()
          .satisfies(e -> assertThat(e.changeType()).isEqualTo(ModelPackageChangeType.CREATED));
    }
    Map<Integer, ModelPackage> byVersion = new java.util.HashMap<>();
    all.forEach(p -> byVersion.put(p.modelPackageVersion(), p));
    acked.forEach((version, seed) -> assertThat(byVersion.get(version))
        .as("acknowledged version %d", version).isNotNull()
        .satisfies(p -> assertThat(p.modelPackageDescription()).contains("registered as " + seed)));
    return all.size();
  }
}
