package dev.modelregistry.testkit;

import static dev.modelregistry.testkit.Rejections.thrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.ResourceNotFoundException;
import dev.modelregistry.api.ValidationException;
import dev.modelregistry.api.model.Tag;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.api.request.ListTagsRequest;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Group tags (first-added order, overwrite in place, reserved {@code aws:} keys, packages not
 * taggable) and group resource policies (put, get, replace, delete).
 */
public abstract class TagsAndPolicyContract extends ContractSupport {
  private static final String POLICY = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": []\n}";

  @Test
  @DisplayName("tags keep the order their keys were first added; an existing key gets the new value in its place")
  void addsTagsInFirstAddedOrder() {
    registry().createModelPackageGroup(CreateModelPackageGroupRequest.builder()
        .modelPackageGroupName("churn").addTags(Tag.of("a", "1")).build());

    assertThat(registry().addTags(groupArn("churn"), List.of(Tag.of("c", "3"), Tag.of("b", "2"))))
        .containsExactly(Tag.of("a", "1"), Tag.of("c", "3"), Tag.of("b", "2"));
    List<Tag> after = registry().addTags(groupArn("churn"),
        List.of(Tag.of("a", "10"), Tag.of("d", "4")));

    List<Tag> expected = List.of(Tag.of("a", "10"), Tag.of("c", "3"), Tag.of("b", "2"),
        Tag.of("d", "4"));
    assertThat(after).containsExactlyElementsOf(expected);
    assertThat(allTags(groupArn("churn"))).containsExactlyElementsOf(expected);
  }

  @Test
  @DisplayName("deleteTags removes the keys given and ignores keys the group does not have")
  void deletesTags() {
    createGroup("churn");
    registry().addTags(groupArn("churn"), Fixtures.tags("k", 4));

    registry().deleteTags(groupArn("churn"), List.of("k-2", "k-0", "never-added"));

    assertThat(allTags(groupArn("churn"))).containsExactly(Tag.of("k-1", "v1"), Tag.of("k-3", "v3"));
  }

  @Test
  @DisplayName("the group ARN may carry the name in any case")
  void tagsByArnInAnyCase() {
    createGroup("Churn");

    registry().addTags(groupArn("CHURN"), List.of(Tag.of("team", "risk")));
    registry().deleteTags(groupArn("churn"), List.of("nothing"));

    assertThat(allTags(groupArn("Churn"))).containsExactly(Tag.of("team", "risk"));
  }

  @Test
  @DisplayName("a package ARN cannot be tagged: the error says to tag the group or use customer metadata properties")
  void packagesCannotBeTagged() {
    createGroup("churn");
    register("churn");
    String arn = packageArn("churn", 1);

    ValidationException error = invalidWithoutChange(
        () -> registry().addTags(arn, List.of(Tag.of("team", "risk"))), "resourceArn");
    assertThat(error.getMessage()).containsIgnoringCase("customer metadata properties")
        .containsIgnoringCase("group");
    invalidWithoutChange(() -> registry().listTags(ListTagsRequest.builder().resourceArn(arn)
        .build()), "resourceArn");
    invalidWithoutChange(() -> registry().deleteTags(arn, List.of("team")), "resourceArn");
  }

  @Test
  @DisplayName("tags name the group by ARN: a bare name is a validation error")
  void tagsNeedGroupArn() {
    createGroup("churn");

    invalidWithoutChange(() -> registry().addTags("churn", List.of(Tag.of("team", "risk"))),
        "resourceArn");
  }

  @Test
  @DisplayName("tags of a group that does not exist are not found")
  void tagsOfUnknownGroup() {
    createGroup("churn");
    String unknown = groupArn("fraud");

    rejectedWithoutChange(ResourceNotFoundException.class,
        () -> registry().addTags(unknown, List.of(Tag.of("team", "risk"))));
    thrownBy(ResourceNotFoundException.class,
        () -> registry().listTags(ListTagsRequest.builder().resourceArn(unknown).build()));
    rejectedWithoutChange(ResourceNotFoundException.class,
        () -> registry().deleteTags(unknown, List.of("team")));
    thrownBy(ResourceNotFoundException.class, () -> registry().listTags(ListTagsRequest.builder()
        .resourceArn(FOREIGN_ARN_PREFIX + "model-package-group/churn").build()));
  }

  @Test
  @DisplayName("keys starting with aws: in any case are reserved, to add and to delete")
  void awsPrefixIsReserved() {
    createGroup("churn");

    invalidWithoutChange(() -> registry().addTags(groupArn("churn"),
        List.of(Tag.of("team", "risk"), Tag.of("aWs:owner", "x"))), "tags[1].key");
    invalidWithoutChange(() -> registry().deleteTags(groupArn("churn"), List.of("AWS:owner")),
        "tagKeys[0]");
  }

  @Test
  @DisplayName("every broken tag of a request is reported, a repeated key included, and nothing is added")
  void reportsEveryBrokenTag() {
    createGroup("churn");

    invalidWithoutChange(() -> registry().addTags(groupArn("churn"), List.of(
        Tag.of("bad#key", "v"), Tag.of("ok", "a,b"), Tag.of("dup", "1"), Tag.of("dup", "2"))),
        "tags[0].key", "tags[1].value", "tags[3].key");
  }

  @Test
  @DisplayName("deleteTags needs at least one key")
  void deleteTagsNeedsKeys() {
    createGroup("churn");

    invalidWithoutChange(() -> registry().deleteTags(groupArn("churn"), List.of()), "tagKeys");
  }

  @Test
  @DisplayName("a policy is put, read back as given, replaced, and deleted; put returns the group ARN")
  void managesPolicy() {
    createGroup("Churn");

    assertThat(registry().putModelPackageGroupPolicy("churn", POLICY)).isEqualTo(groupArn("Churn"));
    assertThat(registry().getModelPackageGroupPolicy(groupArn("Churn"))).isEqualTo(POLICY);
    registry().putModelPackageGroupPolicy(groupArn("CHURN"), "any text\tat all");
    assertThat(registry().getModelPackageGroupPolicy("CHURN")).isEqualTo("any text\tat all");

    registry().deleteModelPackageGroupPolicy("churn");

    thrownBy(ResourceNotFoundException.class,
        () -> registry().getModelPackageGroupPolicy("churn"));
  }

  @Test
  @DisplayName("reading or deleting a policy the group does not have is not found")
  void noPolicy() {
    createGroup("churn");

    thrownBy(ResourceNotFoundException.class,
        () -> registry().getModelPackageGroupPolicy("churn"));
    rejectedWithoutChange(ResourceNotFoundException.class,
        () -> registry().deleteModelPackageGroupPolicy("churn"));
  }

  @Test
  @DisplayName("policies of a group that does not exist are not found; of a malformed name invalid")
  void policyOfUnknownGroup() {
    createGroup("churn");

    rejectedWithoutChange(ResourceNotFoundException.class,
        () -> registry().putModelPackageGroupPolicy("fraud", POLICY));
    thrownBy(ResourceNotFoundException.class,
        () -> registry().getModelPackageGroupPolicy("fraud"));
    rejectedWithoutChange(ResourceNotFoundException.class,
        () -> registry().deleteModelPackageGroupPolicy(groupArn("fraud")));
    invalidWithoutChange(() -> registry().putModelPackageGroupPolicy("churn_x", POLICY),
        "modelPackageGroupName");
    Rejections.invalid(() -> registry().getModelPackageGroupPolicy("churn_x"),
        "modelPackageGroupName");
    invalidWithoutChange(() -> registry().deleteModelPackageGroupPolicy("churn_x"),
        "modelPackageGroupName");
  }

  @Test
  @DisplayName("an empty policy is a validation error and the old policy stays")
  void emptyPolicyIsInvalid() {
    createGroup("churn");
    registry().putModelPackageGroupPolicy("churn", POLICY);

    invalidWithoutChange(() -> registry().putModelPackageGroupPolicy("churn", ""),
        "resourcePolicy");
    assertThat(registry().getModelPackageGroupPolicy("churn")).isEqualTo(POLICY);
  }
}
