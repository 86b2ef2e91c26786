package dev.modelregistry.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AccessKeyTest {

  @Test
  void parsesIdAndSecretAtTheFirstColon() {
    assertThat(AccessKey.parse("AKID:se:cr/et+=")).isEqualTo(new AccessKey("AKID", "se:cr/et+="));
  }

  @Test
  void refusesTextWithoutColonOrEmptyParts() {
    assertThatThrownBy(() -> AccessKey.parse("AKIDsecret")).hasMessageContaining("ID:SECRET");
    assertThatThrownBy(() -> AccessKey.parse(":secret")).hasMessageContaining("non-empty");
    assertThatThrownBy(() -> AccessKey.parse("AKID:")).hasMessageContaining("non-empty");
  }

  @Test
  void refusesIdsACredentialScopeCannotCarry() {
    assertThatThrownBy(() -> new AccessKey("AK/ID", "s")).hasMessageContaining("'/'");
  }

  @Test
  void neverPrintsTheSecret() {
    assertThat(new AccessKey("AKID", "hunter2").toString()).isEqualTo("AccessKey[AKID]")
        .doesNotContain("hunter2");
  }
}
