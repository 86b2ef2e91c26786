package dev.modelregistry.inmemory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VersionTableTest {

  private static ModelPackage pkg(int version) {
    return ModelPackage.builder()
        .modelPackageGroupName("g")
        .modelPackageVersion(version)
        .modelPackageArn("arn:aws:sagemaker:us-east-1:000000000000:model-package/g/" + version)
        .creationTime(Instant.EPOCH)
        .modelPackageStatus(ModelPackageStatus.COMPLETED)
        .modelApprovalStatus(ModelApprovalStatus.APPROVED)
        .build();
  }

  @Test
  @DisplayName("finds every version stored across growing chunks, none that was not, none deleted")
  void storesAcrossChunks() {
    VersionTable table = new VersionTable();
    assertThat(table.get(1)).isNull();
    for (int version = 1; version <= 5000; version++) {
      table.set(version, pkg(version));
      assertThat(table.get(version + 1)).isNull();
    }
    for (int version : new int[] {1, 15, 16, 17, 1023, 1024, 1025, 2048, 4999, 5000}) {
      assertThat(table.get(version).modelPackageVersion()).isEqualTo(version);
    }
    table.set(1024, null);
    table.set(7000, null);
    assertThat(table.get(1024)).isNull();
    assertThat(table.get(1025).modelPackageVersion()).isEqualTo(1025);
    assertThat(table.get(0)).isNull();
    assertThat(table.get(-1)).isNull();
    assertThat(table.get(Integer.MAX_VALUE)).isNull();
  }

  @Test
  @DisplayName("replacing a version's package keeps the others")
  void replaces() {
    VersionTable table = new VersionTable();
    table.set(3, pkg(3));
    table.set(40, pkg(40));
    ModelPackage replacement = pkg(3);
    table.set(3, replacement);
    assertThat(table.get(3)).isSameAs(replacement);
    assertThat(table.get(40).modelPackageVersion()).isEqualTo(40);
  }

  private static List<Integer> walked(VersionTable table, int after, boolean descending,
      int limit) {
    List<Integer> versions = new ArrayList<>();
    table.walk(after, descending, found -> {
      versions.add(found.modelPackageVersion());
      return versions.size() < limit;
    });
    return versions;
  }

  @Test
  @DisplayName("walks live versions in order from any version, both ways, across chunks and holes")
  void walksInVersionOrder() {
    VersionTable table = new VersionTable();
    for (int version = 1; version <= 3000; version++) {
      table.set(version, pkg(version));
    }
    for (int version = 1; version <= 3000; version += 2) {
      table.set(version, null);
    }
    assertThat(walked(table, 0, false, 3)).containsExactly(2, 4, 6);
    assertThat(walked(table, 1022, false, 3)).containsExactly(1024, 1026, 1028);
    assertThat(walked(table, 1023, false, 2)).containsExactly(1024, 1026);
    assertThat(walked(table, 2996, false, 10)).containsExactly(2998, 3000);
    assertThat(walked(table, 3000, false, 10)).isEmpty();
    assertThat(walked(table, Integer.MAX_VALUE, false, 10)).isEmpty();
    assertThat(walked(table, -5, false, 1)).containsExactly(2);
    assertThat(walked(table, Integer.MAX_VALUE, true, 3)).containsExactly(3000, 2998, 2996);
    assertThat(walked(table, 1026, true, 3)).containsExactly(1024, 1022, 1020);
    assertThat(walked(table, 1024, true, 2)).containsExactly(1022, 1020);
    assertThat(walked(table, 5, true, 10)).containsExactly(4, 2);
    assertThat(walked(table, 2, true, 10)).isEmpty();
    assertThat(walked(table, 0, true, 10)).isEmpty();
    assertThat(walked(table, 0, false, 5000))
        .isEqualTo(IntStream.rangeClosed(1, 1500).map(i -> 2 * i).boxed().toList());
  }

  @Test
  @DisplayName("a walk steps over chunks whose versions were all deleted, as after a prune")
  void walksOverDeletedChunks() {
    VersionTable table = new VersionTable();
    for (int version = 1; version <= 5000; version++) {
      table.set(version, pkg(version));
    }
    for (int version = 1; version <= 4990; version++) {
      table.set(version, null);
    }
    table.set(4990, null);
    assertThat(walked(table, 0, false, 3)).containsExactly(4991, 4992, 4993);
    assertThat(walked(table, 4993, true, 10)).containsExactly(4992, 4991);
    table.set(7, pkg(7));
    assertThat(walked(table, 0, false, 2)).containsExactly(7, 4991);
    assertThat(walked(table, 4991, true, 10)).containsExactly(7);
  }
}
