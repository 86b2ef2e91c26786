package dev.modelregistry.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelregistry.api.ResourceNotFoundException;
import dev.modelregistry.core.ArnSettings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ArnsTest {
  private final Arns arns = new Arns(new ArnSettings("aws", "eu-west-1", "123456789012"));

  @Test
  @DisplayName("derived ARNs keep the group name's case")
  void derivesArns() {
    assertThat(arns.group("Churn"))
        .isEqualTo("arn:aws:sagemaker:eu-west-1:123456789012:model-package-group/Churn");
    assertThat(arns.modelPackage("Churn", 3))
        .isEqualTo("arn:aws:sagemaker:eu-west-1:123456789012:model-package/Churn/3");
  }

  @Test
  @DisplayName("a group is named by name or by its ARN")
  void readsGroupReferences() {
    Violations violations = new Violations();
    assertThat(arns.groupRef("churn", "g", violations).name()).isEqualTo("churn");
    assertThat(arns.groupRef(arns.group("churn"), "g", violations).name()).isEqualTo("churn");
    assertThat(violations.isEmpty()).isTrue();
  }

  @Test
  @DisplayName("a package ARN where a group is expected is a violation that says so")
  void packageArnIsNotAGroup() {
    Violations violations = new Violations();
    arns.groupRef(arns.modelPackage("churn", 1), "resourceArn", violations);
    assertThat(violations.size()).isEqualTo(1);
  }

  @Test
  @DisplayName("a package is named by ARN or group/version; anything else is a violation")
  void readsPackageReferences() {
    Violations violations = new Violations();
    Arns.PackageRef byArn = arns.packageRef(arns.modelPackage("churn", 12), "p", violations);
    Arns.PackageRef byPath = arns.packageRef("churn/12", "p", violations);
    assertThat(violations.isEmpty()).isTrue();
    assertThat(byArn.groupName()).isEqualTo("churn");
    assertThat(byArn.version()).isEqualTo(12);
    assertThat(byPath.version()).isEqualTo(12);
    arns.packageRef("churn", "p", violations);
    arns.packageRef("churn/0", "p", violations);
    arns.packageRef("bad_name/1", "p", violations);
    arns.packageRef("churn/99999999999", "p", violations);
    assertThat(violations.size()).isEqualTo(4);
  }

  @Test
  @DisplayName("an ARN of another account or region names nothing in this registry")
  void foreignArnsAreNotFound() {
    Violations violations = new Violations();
    Arns.GroupRef group = arns.groupRef(
        "arn:aws:sagemaker:us-east-1:123456789012:model-package-group/churn", "g", violations);
    Arns.PackageRef pkg = arns.packageRef(
        "arn:aws:sagemaker:eu-west-1:999999999999:model-package/churn/1", "p", violations);
    assertThat(violations.isEmpty()).isTrue();
    assertThat(pkg.isOwn()).isFalse();
    assertThatThrownBy(group::name).isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(pkg::groupName).isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  @DisplayName("the fast path for this registry's package ARNs falls back on anything unusual")
  void fastPathFallsBack() {
    String prefix = "arn:aws:sagemaker:eu-west-1:123456789012:model-package/";
    for (String odd : new String[] {prefix + "churn", prefix + "/1", prefix + "churn/0",
        prefix + "churn/x", prefix + "-churn/1", prefix + "churn/1234567890123", prefix}) {
      Violations violations = new Violations();
      arns.packageRef(odd, "p", violations);
      assertThat(violations.size()).as(odd).isEqualTo(1);
    }
    Violations violations = new Violations();
    assertThat(arns.packageRef(prefix + "churn/2147483647", "p", violations).version())
        .isEqualTo(Integer.MAX_VALUE);
    assertThat(violations.isEmpty()).isTrue();
  }
}
