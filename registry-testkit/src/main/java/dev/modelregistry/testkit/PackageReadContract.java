package dev.modelregistry.testkit;

import static dev.modelregistry.testkit.Rejections.thrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.ResourceNotFoundException;
import dev.modelregistry.api.model.BatchDescribeModelPackageError;
import dev.modelregistry.api.model.BatchDescribeModelPackageResult;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Reading packages: describe by ARN or {@code group/version}, batch describe with partial success,
 * and the latest (approved) version of a group.
 */
public abstract class PackageReadContract extends ContractSupport {

  @Test
  @DisplayName("a package is described by ARN or as group/version, with the group name in any case")
  void describesByArnOrGroupVersion() {
    createGroup("Churn");
    register("Churn");
    ModelPackage second = register("Churn");

    for (String reference : List.of(packageArn("Churn", 2), packageArn("churn", 2), "Churn/2",
        "CHURN/2")) {
      assertThat(registry().describeModelPackage(reference)).as(reference).isEqualTo(second);
    }
  }

  @Test
  @DisplayName("an unknown version, or a package of an unknown group, is not found")
  void describeUnknownPackage() {
    createGroup("churn");
    register("churn");

    for (String reference : List.of("churn/2", packageArn("churn", 2), "fraud/1",
        packageArn("fraud", 1))) {
      thrownBy(ResourceNotFoundException.class, () -> registry().describeModelPackage(reference));
    }
  }

  @Test
  @DisplayName("a package ARN of another account is not found, even when the package exists here")
  void foreignPackageArnIsNotFound() {
    createGroup("churn");
    register("churn");

    thrownBy(ResourceNotFoundException.class, () -> registry().describeModelPackage(
        FOREIGN_ARN_PREFIX + "model-package/churn/1"));
  }

  @Test
  @DisplayName("a reference that is neither a package ARN nor group/version is a validation error")
  void malformedPackageReference() {
    createGroup("churn");
    register("churn");

    for (String reference : List.of("churn", "churn/x", "churn/0", "churn/-1", "churn_x/1", "/1",
        groupArn("churn"), ARN_PREFIX + "model-package/churn")) {
      Rejections.invalid(() -> registry().describeModelPackage(reference), "modelPackageArn");
    }
  }

  @Test
  @DisplayName("batch describe returns the packages found, keyed by the ARN as given, and a ResourceNotFound entry for each other ARN")
  void batchDescribesWithPartialSuccess() {
    createGroup("Churn");
    ModelPackage first = register("Churn");
    ModelPackage second = register("Churn");
    String firstArn = first.modelPackageArn();
    String secondInOtherCase = packageArn("CHURN", 2);
    String missingVersion = packageArn("Churn", 9);
    String missingGroup = packageArn("fraud", 1);
    String foreign = FOREIGN_ARN_PREFIX + "model-package/Churn/1";

    BatchDescribeModelPackageResult result = registry().batchDescribeModelPackage(
        List.of(firstArn, missingVersion, secondInOtherCase, missingGroup, foreign));

    assertThat(result.modelPackages()).containsOnlyKeys(firstArn, secondInOtherCase);
    assertThat(result.modelPackages().get(firstArn)).isEqualTo(first);
    assertThat(result.modelPackages().get(secondInOtherCase)).isEqualTo(second);
    assertThat(result.errors()).containsOnlyKeys(missingVersion, missingGroup, foreign);
    assertThat(result.errors().values()).allSatisfy(error -> {
      assertThat(error.errorCode()).isEqualTo("ResourceNotFound");
      assertThat(error.errorResponse()).isNotBlank();
    });
  }

  @Test
  @DisplayName("batch describe of ARNs that all name nothing succeeds with only error entries")
  void batchDescribeOfNothingFound() {
    createGroup("churn");

    BatchDescribeModelPackageResult result =
        registry().batchDescribeModelPackage(List.of(packageArn("churn", 1)));

    assertThat(result.modelPackages()).isEmpty();
    assertThat(result.errors().values()).extracting(BatchDescribeModelPackageError::errorCode)
        .containsExactly("ResourceNotFound");
  }

  @Test
  @DisplayName("a malformed ARN fails the whole batch with a validation error")
  void batchRejectsMalformedArn() {
    createGroup("churn");
    register("churn");

    Rejections.invalidUnder(() -> registry().batchDescribeModelPackage(
        List.of(packageArn("churn", 1), "not-an-arn")), "modelPackageArns");
  }

  @Test
  @DisplayName("the latest package is the one with the highest version; an empty group has none")
  void findsLatestPackage() {
    createGroup("churn");
    assertThat(registry().findLatestModelPackage("churn")).isEmpty();

    register("churn");
    register("churn");
    ModelPackage third = register("churn");
    assertThat(registry().findLatestModelPackage("churn")).contains(third);

    registry().deleteModelPackage("churn/3");
    assertThat(registry().findLatestModelPackage("churn")).contains(
        registry().describeModelPackage("churn/2"));
  }

  @Test
  @DisplayName("the latest approved package is the Approved one with the highest version, whatever came later")
  void findsLatestApprovedPackage() {
    createGroup("churn");
    register("churn");
    assertThat(registry().findLatestApprovedModelPackage("churn")).isEmpty();

    ModelPackage first = approve("churn/1");
    assertThat(registry().findLatestApprovedModelPackage("churn")).contains(first);

    ModelPackage second = register(Fixtures.minimalPackage("churn")
        .modelApprovalStatus(ModelApprovalStatus.APPROVED).build());
    register("churn");
    assertThat(registry().findLatestApprovedModelPackage("churn")).contains(second);

    setStatus("churn/2", ModelApprovalStatus.REJECTED);
    assertThat(registry().findLatestApprovedModelPackage("churn")).contains(first);
    registry().deleteModelPackage("churn/1");
    assertThat(registry().findLatestApprovedModelPackage("churn")).isEmpty();
  }

  @Test
  @DisplayName("latest and latest approved name the group by name in any case or by ARN")
  void latestNamesGroupAnyWay() {
    createGroup("Churn");
    ModelPackage approved = register(Fixtures.minimalPackage("Churn")
        .modelApprovalStatus(ModelApprovalStatus.APPROVED).build());

    for (String reference : List.of("churn", "CHURN", groupArn("Churn"))) {
      assertThat(registry().findLatestModelPackage(reference)).as(reference).contains(approved);
      assertThat(registry().findLatestApprovedModelPackage(reference)).as(reference)
          .contains(approved);
    }
  }

  @Test
  @DisplayName("latest and latest approved of an unknown group are not found; of a malformed name invalid")
  void latestOfUnknownGroup() {
    createGroup("churn");

    thrownBy(ResourceNotFoundException.class, () -> registry().findLatestModelPackage("fraud"));
    thrownBy(ResourceNotFoundException.class,
        () -> registry().findLatestApprovedModelPackage(groupArn("fraud")));
    Rejections.invalid(() -> registry().findLatestModelPackage("churn_x"), "modelPackageGroupName");
    Rejections.invalid(() -> registry().findLatestApprovedModelPackage("churn_x"),
        "modelPackageGroupName");
  }
}
