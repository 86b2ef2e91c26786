package dev.modelregistry.testkit;

import static dev.modelregistry.testkit.Rejections.thrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.ConflictException;
import dev.modelregistry.api.FieldViolation;
import dev.modelregistry.api.ResourceAlreadyExistsException;
import dev.modelregistry.api.ResourceNotFoundException;
import dev.modelregistry.api.ValidationException;
import dev.modelregistry.api.model.ModelPackageGroup;
import dev.modelregistry.api.model.ModelPackageGroupStatus;
import dev.modelregistry.api.model.Tag;
import dev.modelregistry.api.model.UserContext;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.api.request.ListModelPackageGroupsRequest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Model package groups: create, describe and delete; names unique ignoring case with the case
 * given at creation kept; a group named by name or ARN; what a delete takes with it.
 */
public abstract class GroupContract extends ContractSupport {

  @Test
  @DisplayName("a new group is Completed, stamped with the clock (to the millisecond) and the caller")
  void createsCompletedGroup() {
    clock().set(Instant.parse("2026-03-01T09:00:00.123456789Z"));
    kit().caller().switchTo("alice");

    ModelPackageGroup group = registry().createModelPackageGroup(
        CreateModelPackageGroupRequest.builder()
            .modelPackageGroupName("churn")
            .modelPackageGroupDescription("Every model retrained for the churn use case")
            .build());

    assertThat(group.modelPackageGroupName()).isEqualTo("churn");
    assertThat(group.modelPackageGroupArn()).isEqualTo(groupArn("churn"));
    assertThat(group.modelPackageGroupDescription())
        .contains("Every model retrained for the churn use case");
    assertThat(group.creationTime()).isEqualTo(Instant.parse("2026-03-01T09:00:00.123Z"));
    assertThat(group.createdBy()).contains(UserContext.ofUserProfile("alice"));
    assertThat(group.modelPackageGroupStatus()).isEqualTo(ModelPackageGroupStatus.COMPLETED);
    assertThat(registry().describeModelPackageGroup("churn")).isEqualTo(group);
  }

  @Test
  @DisplayName("a group created without a description has none")
  void createsGroupWithoutDescription() {
    ModelPackageGroup group = createGroup("churn");

    assertThat(group.modelPackageGroupDescription()).isEmpty();
    assertThat(registry().describeModelPackageGroup("churn").modelPackageGroupDescription())
        .isEmpty();
  }

  @Test
  @DisplayName("the case of the name is kept, and the group is found by its name in any case or by ARN")
  void keepsCaseAndFindsIgnoringCase() {
    ModelPackageGroup group = createGroup("Churn-Model");

    assertThat(group.modelPackageGroupArn()).isEqualTo(groupArn("Churn-Model"));
    for (String reference : List.of("Churn-Model", "churn-model", "CHURN-MODEL",
        groupArn("Churn-Model"), groupArn("churn-model"))) {
      assertThat(registry().describeModelPackageGroup(reference)).as(reference).isEqualTo(group);
    }
  }

  @Test
  @DisplayName("a name that differs only in case is taken, and the error names the existing group's ARN")
  void rejectsNameTakenIgnoringCase() {
    createGroup("Churn");

    ResourceAlreadyExistsException error = rejectedWithoutChange(
        ResourceAlreadyExistsException.class, () -> createGroup("cHURN"));

    assertThat(error.resourceArn()).isEqualTo(groupArn("Churn"));
    assertThat(registry().describeModelPackageGroup("churn").modelPackageGroupName())
        .isEqualTo("Churn");
  }

  @Test
  @DisplayName("the same name twice is taken")
  void rejectsSameNameTwice() {
    createGroup("churn");

    ResourceAlreadyExistsException error = rejectedWithoutChange(
        ResourceAlreadyExistsException.class, () -> createGroup("churn"));

    assertThat(error.resourceArn()).isEqualTo(groupArn("churn"));
  }

  @Test
  @DisplayName("a create with three broken fields reports all three, with their values, and stores nothing")
  void reportsEveryBrokenField() {
    ValidationException error = invalidWithoutChange(() -> registry().createModelPackageGroup(
        CreateModelPackageGroupRequest.builder()
            .modelPackageGroupName("churn_model")
            .modelPackageGroupDescription("line one\nline two")
            .addTags(Tag.of("bad#key", "v"))
            .build()),
        "modelPackageGroupName", "modelPackageGroupDescription", "tags[0].key");

    assertThat(error.violations()).extracting(FieldViolation::value)
        .containsExactlyInAnyOrder("churn_model", "line one\nline two", "bad#key");
    assertThat(allGroups(ListModelPackageGroupsRequest.builder().build())).isEmpty();
  }

  @Test
  @DisplayName("describing a group that does not exist is not found, by name and by ARN")
  void describeUnknownGroup() {
    createGroup("churn");

    thrownBy(ResourceNotFoundException.class,
        () -> registry().describeModelPackageGroup("fraud"));
    thrownBy(ResourceNotFoundException.class,
        () -> registry().describeModelPackageGroup(groupArn("fraud")));
  }

  @Test
  @DisplayName("a group ARN of another account is not found, even when the name exists here")
  void foreignGroupArnIsNotFound() {
    createGroup("churn");

    thrownBy(ResourceNotFoundException.class, () -> registry().describeModelPackageGroup(
        FOREIGN_ARN_PREFIX + "model-package-group/churn"));
  }

  @Test
  @DisplayName("a reference that is neither a group name nor a group ARN is a validation error")
  void malformedGroupReference() {
    createGroup("churn");

    for (String reference : List.of("churn_model", "churn/1", packageArn("churn", 1),
        ARN_PREFIX + "endpoint/churn")) {
      Rejections.invalid(() -> registry().describeModelPackageGroup(reference),
          "modelPackageGroupName");
    }
  }

  @Test
  @DisplayName("an empty group is deleted by name in any case or by ARN")
  void deletesEmptyGroups() {
    createGroup("Alpha");
    createGroup("Beta");

    registry().deleteModelPackageGroup("alpha");
    registry().deleteModelPackageGroup(groupArn("Beta"));

    thrownBy(ResourceNotFoundException.class, () -> registry().describeModelPackageGroup("Alpha"));
    thrownBy(ResourceNotFoundException.class, () -> registry().describeModelPackageGroup("Beta"));
    assertThat(allGroups(ListModelPackageGroupsRequest.builder().build())).isEmpty();
  }

  @Test
  @DisplayName("deleting a group that does not exist is not found; a malformed name is invalid")
  void deleteUnknownGroup() {
    createGroup("churn");

    rejectedWithoutChange(ResourceNotFoundException.class,
        () -> registry().deleteModelPackageGroup("fraud"));
    invalidWithoutChange(() -> registry().deleteModelPackageGroup("churn_model"),
        "modelPackageGroupName");
  }

  @Test
  @DisplayName("a group that still holds packages cannot be deleted; group and packages stay")
  void refusesToDeleteNonEmptyGroup() {
    createGroup("churn");
    register("churn");

    rejectedWithoutChange(ConflictException.class,
        () -> registry().deleteModelPackageGroup("churn"));

    assertThat(registry().describeModelPackage("churn/1").modelPackageVersion()).isEqualTo(1);
  }

  @Test
  @DisplayName("a group can be deleted once its packages are deleted")
  void deletesGroupAfterItsPackages() {
    createGroup("churn");
    register("churn");
    register("churn");
    registry().deleteModelPackage("churn/1");
    registry().deleteModelPackage(packageArn("churn", 2));

    registry().deleteModelPackageGroup("churn");

    thrownBy(ResourceNotFoundException.class, () -> registry().describeModelPackageGroup("churn"));
  }

  @Test
  @DisplayName("deleting a group deletes its tags and policy: a group re-created under its name has neither")
  void deleteTakesTagsAndPolicy() {
    registry().createModelPackageGroup(CreateModelPackageGroupRequest.builder()
        .modelPackageGroupName("churn").addTags(Tag.of("team", "risk")).build());
    registry().putModelPackageGroupPolicy("churn", "{\"Version\":\"2012-10-17\"}");
    registry().deleteModelPackageGroup("churn");

    createGroup("churn");

    assertThat(allTags(groupArn("churn"))).isEmpty();
    thrownBy(ResourceNotFoundException.class,
        () -> registry().getModelPackageGroupPolicy("churn"));
  }

  @Test
  @DisplayName("a group re-created under a deleted group's name starts again at version 1, in the new case")
  void recreatedGroupStartsAtVersionOne() {
    createGroup("churn");
    register("churn");
    register("churn");
    registry().deleteModelPackage("churn/1");
    registry().deleteModelPackage("churn/2");
    registry().deleteModelPackageGroup("churn");

    createGroup("CHURN");

    assertThat(register("churn").modelPackageArn()).isEqualTo(packageArn("CHURN", 1));
  }

  @Test
  @DisplayName("tags given at creation are kept in the order given")
  void keepsTagsGivenAtCreation() {
    List<Tag> tags = List.of(Tag.of("zone", "eu"), Tag.of("app", "churn"), Tag.of("m", ""));
    registry().createModelPackageGroup(CreateModelPackageGroupRequest.builder()
        .modelPackageGroupName("churn").tags(tags).build());

    assertThat(allTags(groupArn("churn"))).containsExactlyElementsOf(tags);
  }
}
