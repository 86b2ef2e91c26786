package dev.modelregistry.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.ValidationException;
import dev.modelregistry.api.audit.AuditOutcome;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.audit.AuditTrailRequest;
import dev.modelregistry.api.audit.FieldChange;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageGroup;
import dev.modelregistry.api.model.ModelPackageGroupSummary;
import dev.modelregistry.api.model.ModelPackageStateChangeEvent;
import dev.modelregistry.api.model.ModelPackageSummary;
import dev.modelregistry.api.model.Tag;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.api.request.ListModelPackageGroupsRequest;
import dev.modelregistry.api.request.ListModelPackagesRequest;
import dev.modelregistry.api.request.ListTagsRequest;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import dev.modelregistry.core.ArnSettings;
import dev.modelregistry.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;

/**
 * What every contract class shares: the {@link KitContext} of the running test and the small
 * steps most tests take (create a group, register a package, read a whole list, prove that a
 * failed call changed nothing).
 */
abstract class ContractSupport {
  /** The ARN prefix of the kit's registries, which use {@link ArnSettings#DEFAULT}. */
  static final String ARN_PREFIX = "arn:" + ArnSettings.DEFAULT.partition() + ":sagemaker:"
      + ArnSettings.DEFAULT.region() + ":" + ArnSettings.DEFAULT.account() + ":";
  /** The same registry kind in another account: well-formed, but names nothing here. */
  static final String FOREIGN_ARN_PREFIX = "arn:aws:sagemaker:us-east-1:123456789012:";

  /** Returns the context of the running test. */
  protected abstract KitContext kit();

  ModelRegistry registry() {
    return kit().registry();
  }

  MutableClock clock() {
    return kit().clock();
  }

  /** Returns the distinct events emitted so far. */
  List<ModelPackageStateChangeEvent> events() {
    return kit().events().events();
  }

  static String groupArn(String groupName) {
    return ARN_PREFIX + "model-package-group/" + groupName;
  }

  static String packageArn(String groupName, int version) {
    return ARN_PREFIX + "model-package/" + groupName + "/" + version;
  }

  /** Moves the clock one second on and returns the new time. */
  Instant tick() {
    return clock().advance(Duration.ofSeconds(1));
  }

  /** Creates a group with only a name. */
  ModelPackageGroup createGroup(String name) {
    return registry().createModelPackageGroup(
        CreateModelPackageGroupRequest.builder().modelPackageGroupName(name).build());
  }

  /** Registers a minimal valid package (one image-only container) in {@code group}. */
  ModelPackage register(String group) {
    return registry().createModelPackage(Fixtures.minimalPackage(group).build());
  }

  ModelPackage register(CreateModelPackageRequest request) {
    return registry().createModelPackage(request);
  }

  List<ModelPackageGroupSummary> allGroups(ListModelPackageGroupsRequest request) {
    return Listing.allGroups(registry(), request);
  }

  List<ModelPackageSummary> allPackages(ListModelPackagesRequest request) {
    return Listing.allPackages(registry(), request);
  }

  List<Tag> allTags(String groupArn) {
    return Listing.allTags(registry(), ListTagsRequest.builder().resourceArn(groupArn).build());
  }

  /** Returns the versions of the packages in {@code group}, in list order. */
  List<Integer> versionsIn(String group) {
    return allPackages(ListModelPackagesRequest.builder().modelPackageGroupName(group).build())
        .stream().map(ModelPackageSummary::modelPackageVersion).toList();
  }

  /** Approves a package, by ARN or {@code group/version}. */
  ModelPackage approve(String reference) {
    return setStatus(reference, ModelApprovalStatus.APPROVED);
  }

  /** Sets a package's approval status, by ARN or {@code group/version}. */
  ModelPackage setStatus(String reference, ModelApprovalStatus status) {
    return registry().updateModelPackage(UpdateModelPackageRequest.builder()
        .modelPackageArn(reference).modelApprovalStatus(status).build());
  }

  /** Asserts that the records' positions rise strictly, in list order. */
  static void assertRising(List<AuditRecord> records) {
    for (int i = 1; i < records.size(); i++) {
      assertThat(records.get(i).position()).as("position of record %s", i)
          .isGreaterThan(records.get(i - 1).position());
    }
  }

  /** Returns what the registry shows now, through its API. */
  RegistrySnapshot snapshot() {
    return RegistrySnapshot.of(registry(), kit().events());
  }

  /**
   * Asserts that {@code call} throws {@code type} and leaves the registry as it was (no group,
   * package, tag, policy, history entry or event added, changed or removed); returns the error.
   */
  <T extends Throwable> T rejectedWithoutChange(Class<T> type, ThrowingCallable call) {
    RegistrySnapshot before = snapshot();
    T error = Rejections.thrownBy(type, call);
    assertThat(snapshot()).as("the registry after a rejected call").isEqualTo(before);
    return error;
  }

  /**
   * Asserts that {@code call} is rejected with a {@link ValidationException} naming exactly
   * {@code paths}, and changes nothing; returns the error.
   */
  ValidationException invalidWithoutChange(ThrowingCallable call, String... paths) {
    RegistrySnapshot before = snapshot();
    ValidationException error = Rejections.invalid(call, paths);
    assertThat(snapshot()).as("the registry after a rejected call").isEqualTo(before);
    return error;
  }

  /** As {@link #invalidWithoutChange}, and the error is a plain {@link ValidationException}. */
  ValidationException plainInvalidWithoutChange(ThrowingCallable call, String... paths) {
    RegistrySnapshot before = snapshot();
    ValidationException error = Rejections.plainInvalid(call, paths);
    assertThat(snapshot()).as("the registry after a rejected call").isEqualTo(before);
    return error;
  }

  // ---- governance: the audit trail and the change feed ----

  /** Returns the whole audit trail of a group or package, following page tokens. */
  List<AuditRecord> trail(String resource) {
    List<AuditRecord> records = new ArrayList<>();
    Listing.pages(token -> registry().getAuditTrail(
        AuditTrailRequest.builder().resource(resource).nextToken(token).build()))
        .forEach(page -> records.addAll(page.items()));
    return records;
  }

  /** Returns the last record of a group's or package's audit trail. */
  AuditRecord lastRecord(String resource) {
    List<AuditRecord> records = trail(resource);
    assertThat(records).as("the audit trail of %s", resource).isNotEmpty();
    return records.get(records.size() - 1);
  }

  /** Returns the trail's records that were applied (not denied). */
  List<AuditRecord> appliedTrail(String resource) {
    return trail(resource).stream()
        .filter(record -> record.outcome() == AuditOutcome.APPLIED).toList();
  }

  /** Returns the whole change feed, from the start. */
  List<AuditRecord> feed() {
    return feedAfter(0);
  }

  /** Returns every change after {@code position}, reading the feed in batches of 1000. */
  List<AuditRecord> feedAfter(long position) {
    List<AuditRecord> records = new ArrayList<>();
    long after = position;
    while (true) {
      List<AuditRecord> batch = registry().readChangeFeed(after, 1000);
      if (batch.isEmpty()) {
        return records;
      }
      records.addAll(batch);
      after = batch.get(batch.size() - 1).position();
      assertThat(records).as("a feed that never ends").hasSizeLessThan(1_000_000);
    }
  }

  /** Returns a field change; a {@code null} value is an absent one. */
  static FieldChange change(String field, @Nullable String oldValue, @Nullable String newValue) {
    return FieldChange.of(field, Optional.ofNullable(oldValue), Optional.ofNullable(newValue));
  }
}
