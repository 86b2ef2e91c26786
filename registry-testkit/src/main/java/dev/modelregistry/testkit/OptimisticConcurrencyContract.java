package dev.modelregistry.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.ConflictException;
import dev.modelregistry.api.RevisionConflictException;
import dev.modelregistry.api.ValidationException;
import dev.modelregistry.api.audit.AuditOperation;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.Tag;
import dev.modelregistry.api.request.ListModelPackageGroupsRequest;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Revisions and optimistic concurrency: every group and package starts at revision 1 and gains
 * one with each stored change (and only then); every write that takes an expected revision
 * succeeds when it matches and otherwise throws {@link RevisionConflictException}, changing
 * nothing; of two callers that read the same revision and write, exactly one wins.
 */
public abstract class OptimisticConcurrencyContract extends ContractSupport {
  private static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[]}";
  private static final String OTHER_POLICY =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\"}]}";

  long packageRevision(String ref) {
    return registry().describeModelPackage(ref).revision();
  }

  long groupRevision(String group) {
    return registry().describeModelPackageGroup(group).revision();
  }

  static UpdateModelPackageRequest metadata(String ref, String key, String value) {
    return UpdateModelPackageRequest.builder().modelPackageArn(ref)
        .customerMetadataProperties(Map.of(key, value)).build();
  }

  /**
   * Asserts that {@code call} is refused with a revision conflict naming {@code arn},
   * {@code expected} and {@code actual}, and changes nothing (the feed included).
   */
  void conflicts(String arn, long expected, long actual, ThrowingCallable call) {
    List<AuditRecord> feed = feed();
    RevisionConflictException conflict = rejectedWithoutChange(
        RevisionConflictException.class, call);
    assertThat(conflict).isInstanceOf(ConflictException.class);
    assertThat(conflict.resourceArn()).isEqualTo(arn);
    assertThat(conflict.expectedRevision()).isEqualTo(expected);
    assertThat(conflict.actualRevision()).isEqualTo(actual);
    assertThat(feed()).as("the feed after a refused write").isEqualTo(feed);
  }

  @Test
  @DisplayName("a package starts at revision 1 and gains one per stored update; an update that changes nothing keeps it")
  void packageRevisions() {
    createGroup("churn");
    ModelPackage created = register("churn");
    assertThat(created.revision()).isEqualTo(1);
    assertThat(packageRevision("churn/1")).isEqualTo(1);

    ModelPackage approved = registry().updateModelPackage(UpdateModelPackageRequest.builder()
        .modelPackageArn("churn/1").modelApprovalStatus(ModelApprovalStatus.APPROVED).build());
    assertThat(approved.revision()).isEqualTo(2);
    assertThat(registry().updateModelPackage(metadata("churn/1", "auc", "0.9")).revision())
        .isEqualTo(3);
    assertThat(registry().updateModelPackage(metadata("churn/1", "auc", "0.9")).revision())
        .as("unchanged").isEqualTo(3);
    assertThat(registry().updateModelPackage(UpdateModelPackageRequest.builder()
        .modelPackageArn("churn/1").modelApprovalStatus(ModelApprovalStatus.APPROVED).build())
        .revision()).as("unchanged").isEqualTo(3);
    assertThat(packageRevision("churn/1")).isEqualTo(3);
    assertThat(lastRecord("churn/1").revision()).contains(3L);
    assertThat(register("churn").revision()).isEqualTo(1);
    assertThat(registry().createModelPackages("churn", List.of(
        Fixtures.minimalPackage("churn").build()))).extracting(ModelPackage::revision)
        .containsExactly(1L);
  }

  @Test
  @DisplayName("a group starts at revision 1 and gains one per stored tag or policy change, not for packages or unchanged writes")
  void groupRevisions() {
    assertThat(createGroup("churn").revision()).isEqualTo(1);
    register("churn");
    assertThat(groupRevision("churn")).isEqualTo(1);

    registry().addTags(groupArn("churn"), List.of(Tag.of("team", "risk")));
    assertThat(groupRevision("churn")).isEqualTo(2);
    registry().addTags(groupArn("churn"), List.of(Tag.of("team", "risk")));
    assertThat(groupRevision("churn")).as("same tag again").isEqualTo(2);
    registry().deleteTags(groupArn("churn"), List.of("absent"));
    assertThat(groupRevision("churn")).as("absent key").isEqualTo(2);
    registry().deleteTags(groupArn("churn"), List.of("team"));
    assertThat(groupRevision("churn")).isEqualTo(3);
    registry().putModelPackageGroupPolicy("churn", POLICY);
    assertThat(groupRevision("churn")).isEqualTo(4);
    registry().putModelPackageGroupPolicy("churn", POLICY);
    assertThat(groupRevision("churn")).as("same policy again").isEqualTo(4);
    registry().putModelPackageGroupPolicy("churn", OTHER_POLICY);
    assertThat(groupRevision("churn")).isEqualTo(5);
    registry().deleteModelPackageGroupPolicy("churn");
    assertThat(groupRevision("churn")).isEqualTo(6);
    registry().updateModelPackage(metadata("churn/1", "a", "b"));
    assertThat(groupRevision("churn")).as("package changes").isEqualTo(6);
  }

  @Test
  @DisplayName("an update with the expected revision applies; with another it is a revision conflict that changes nothing")
  void updateWithExpectedRevision() {
    createGroup("churn");
    register("churn");
    registry().updateModelPackage(metadata("churn/1", "a", "1"));

    for (long stale : List.of(1L, 3L, 99L)) {
      conflicts(packageArn("churn", 1), stale, 2, () -> registry().updateModelPackage(
          UpdateModelPackageRequest.builder().modelPackageArn("churn/1")
              .modelApprovalStatus(ModelApprovalStatus.APPROVED).expectedRevision(stale)
              .build()));
    }
    ModelPackage approved = registry().updateModelPackage(UpdateModelPackageRequest.builder()
        .modelPackageArn("churn/1").modelApprovalStatus(ModelApprovalStatus.APPROVED)
        .expectedRevision(2L).build());

    assertThat(approved.revision()).isEqualTo(3);
    assertThat(approved.modelApprovalStatus()).isEqualTo(ModelApprovalStatus.APPROVED);
    ModelPackage unchanged = registry().updateModelPackage(UpdateModelPackageRequest.builder()
        .modelPackageArn("churn/1").modelApprovalStatus(ModelApprovalStatus.APPROVED)
        .expectedRevision(3L).build());
    assertThat(unchanged).as("a matching revision on a write that changes nothing")
        .isEqualTo(approved);
  }

  @Test
  @DisplayName("deleting a package with a stale revision is a conflict; with the current one it deletes")
  void deletePackageWithExpectedRevision() {
    createGroup("churn");
    register("churn");
    registry().updateModelPackage(metadata("churn/1", "a", "1"));

    conflicts(packageArn("churn", 1), 1, 2, () -> registry().deleteModelPackage("churn/1", 1));
    registry().deleteModelPackage(packageArn("churn", 1), 2);

    assertThat(versionsIn("churn")).isEmpty();
    assertThat(lastRecord("churn/1").operation()).isEqualTo(AuditOperation.DELETE_MODEL_PACKAGE);
  }

  @Test
  @DisplayName("every group write with an expected revision: tags, policy and delete conflict when stale and apply when current")
  void groupWritesWithExpectedRevision() {
    createGroup("churn");
    registry().addTags(groupArn("churn"), List.of(Tag.of("team", "risk")));
    String arn = groupArn("churn");
    List<GroupWrite> writes = List.of(
        new GroupWrite("addTags",
            rev -> () -> registry().addTags(arn, List.of(Tag.of("tier", "1")), rev)),
        new GroupWrite("deleteTags",
            rev -> () -> registry().deleteTags(arn, List.of("tier"), rev)),
        new GroupWrite("putPolicy",
            rev -> () -> registry().putModelPackageGroupPolicy("churn", POLICY, rev)),
        new GroupWrite("deletePolicy",
            rev -> () -> registry().deleteModelPackageGroupPolicy(arn, rev)),
        new GroupWrite("deleteGroup",
            rev -> () -> registry().deleteModelPackageGroup("churn", rev)));

    for (GroupWrite write : writes) {
      long current = groupRevision("churn");
      conflicts(arn, current - 1, current, write.call().apply(current - 1));
      conflicts(arn, current + 1, current, write.call().apply(current + 1));
      try {
        write.call().apply(current).call();
      } catch (Throwable e) {
        throw new AssertionError(write.name() + " at the current revision failed", e);
      }
      if (!write.name().equals("deleteGroup")) {
        assertThat(groupRevision("churn")).as(write.name()).isEqualTo(current + 1);
      }
    }
    assertThat(allGroups(ListModelPackageGroupsRequest.builder().build())).isEmpty();
  }

  private record GroupWrite(String name, LongFunction<ThrowingCallable> call) {}

  @Test
  @DisplayName("deleting a group that still holds packages with a stale revision is a revision conflict; with the current one, a not-empty conflict")
  void deleteNonEmptyGroupWithStaleRevision() {
    createGroup("churn");
    register("churn");
    registry().addTags(groupArn("churn"), List.of(Tag.of("team", "risk")));

    conflicts(groupArn("churn"), 1, 2, () -> registry().deleteModelPackageGroup("churn", 1));
    ConflictException notEmpty = rejectedWithoutChange(ConflictException.class,
        () -> registry().deleteModelPackageGroup("churn", 2));
    assertThat(notEmpty).isNotInstanceOf(RevisionConflictException.class);
    assertThat(registry().describeModelPackageGroup("churn").revision()).isEqualTo(2);
  }

  @Test
  @DisplayName("an expected revision below 1 is a validation error of expectedRevision on every write that takes one, before the resource is looked up")
  void expectedRevisionBelowOne() {
    createGroup("churn");
    register("churn");
    registry().putModelPackageGroupPolicy("churn", POLICY);
    String arn = groupArn("churn");
    for (long invalid : List.of(0L, -1L, Long.MIN_VALUE)) {
      Map<String, ThrowingCallable> calls = Map.of(
          "updateModelPackage", () -> registry().updateModelPackage(
              UpdateModelPackageRequest.builder().modelPackageArn("churn/1")
                  .modelApprovalStatus(ModelApprovalStatus.APPROVED).expectedRevision(invalid)
                  .build()),
          "deleteModelPackage", () -> registry().deleteModelPackage("churn/1", invalid),
          "addTags", () -> registry().addTags(arn, List.of(Tag.of("tier", "1")), invalid),
          "deleteTags", () -> registry().deleteTags(arn, List.of("tier"), invalid),
          "putPolicy", () -> registry().putModelPackageGroupPolicy("churn", OTHER_POLICY,
              invalid),
          "deletePolicy", () -> registry().deleteModelPackageGroupPolicy("churn", invalid),
          "deleteGroup", () -> registry().deleteModelPackageGroup("churn", invalid),
          "updateAbsent", () -> registry().updateModelPackage(
              UpdateModelPackageRequest.builder().modelPackageArn("absent/1")
                  .modelApprovalStatus(ModelApprovalStatus.APPROVED).expectedRevision(invalid)
                  .build()),
          "deleteAbsentPackage", () -> registry().deleteModelPackage("absent/1", invalid),
          "deleteAbsentGroup", () -> registry().deleteModelPackageGroup("absent", invalid));
      calls.forEach((name, call) -> {
        List<AuditRecord> feed = feed();
        ValidationException error = rejectedWithoutChange(ValidationException.class, call);
        assertThat(Rejections.paths(error)).as("%s with %s", name, invalid)
            .containsExactly("expectedRevision");
        assertThat(feed()).as("the feed after %s with %s", name, invalid).isEqualTo(feed);
      });
    }
  }

  @Test
  @DisplayName("two callers updating one package with the revision both read: exactly one wins, the other gets a conflict")
  void oneOfTwoUpdatesWins() {
    createGroup("churn");
    for (int round = 1; round <= 20; round++) {
      String ref = "churn/" + round;
      register("churn");
      long read = packageRevision(ref);
      List<Optional<ModelApprovalStatus>> outcomes = Race.run(2, thread -> () -> {
        ModelApprovalStatus wanted = thread == 0
            ? ModelApprovalStatus.APPROVED : ModelApprovalStatus.REJECTED;
        try {
          registry().updateModelPackage(UpdateModelPackageRequest.builder()
              .modelPackageArn(ref).modelApprovalStatus(wanted).expectedRevision(read).build());
          return Optional.of(wanted);
        } catch (RevisionConflictException conflict) {
          assertThat(conflict.expectedRevision()).isEqualTo(read);
          assertThat(conflict.actualRevision()).isEqualTo(read + 1);
          return Optional.<ModelApprovalStatus>empty();
        }
      });

      List<ModelApprovalStatus> winners = outcomes.stream().flatMap(Optional::stream).toList();
      assertThat(winners).as("round %s", round).hasSize(1);
      ModelPackage after = registry().describeModelPackage(ref);
      assertThat(after.modelApprovalStatus()).isEqualTo(winners.get(0));
      assertThat(after.revision()).isEqualTo(read + 1);
      assertThat(trail(ref)).extracting(AuditRecord::operation).containsExactly(
          AuditOperation.CREATE_MODEL_PACKAGE, AuditOperation.UPDATE_MODEL_PACKAGE);
    }
  }

  @Test
  @DisplayName("8 callers adding tags to one group with the revision they all read: exactly one wins")
  void oneOfManyGroupWritesWins() {
    createGroup("churn");
    for (int round = 0; round < 10; round++) {
      long read = groupRevision("churn");
      String value = Integer.toString(round);
      List<Boolean> won = Race.run(8, thread -> () -> {
        try {
          registry().addTags(groupArn("churn"),
              List.of(Tag.of("writer-" + thread, value)), read);
          return true;
        } catch (RevisionConflictException conflict) {
          return false;
        }
      });
      assertThat(won.stream().filter(w -> w).count()).as("round %s", round).isEqualTo(1);
      assertThat(groupRevision("churn")).isEqualTo(read + 1);
    }
  }
}
