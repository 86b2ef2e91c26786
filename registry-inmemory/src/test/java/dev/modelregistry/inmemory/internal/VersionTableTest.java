package dev.modelregistry.inmemory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageStatus;
import java.time.Instant;
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
}
