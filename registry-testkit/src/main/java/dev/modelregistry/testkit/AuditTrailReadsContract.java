package dev.modelregistry.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.Page;
import dev.modelregistry.api.ValidationException;
import dev.modelregistry.api.audit.AuditOperation;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.audit.AuditTrailRequest;
import dev.modelregistry.api.model.Tag;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Reading the audit trail: in position order, a group's trail with its packages' records, in
 * pages that join up, and still readable after what it describes was deleted.
 */
public abstract class AuditTrailReadsContract extends ContractSupport {

  @Test
  @DisplayName("the trail lists records in position order, positions strictly rising, one per write in the order written")
  void recordsInPositionOrder() {
    createGroup("churn");
    register("churn");
    register("churn");
    approve("churn/2");
    registry().addTags(groupArn("churn"), List.of(Tag.of("team", "risk")));
    registry().deleteModelPackage("churn/1");

    List<AuditRecord> trail = trail("churn");

    assertThat(trail).extracting(AuditRecord::operation).containsExactly(
        AuditOperation.CREATE_MODEL_PACKAGE_GROUP, AuditOperation.CREATE_MODEL_PACKAGE,
        AuditOperation.CREATE_MODEL_PACKAGE, AuditOperation.UPDATE_MODEL_PACKAGE,
        AuditOperation.ADD_TAGS, AuditOperation.DELETE_MODEL_PACKAGE);
    assertRising(trail);
    assertThat(trail("churn/2")).extracting(AuditRecord::operation).containsExactly(
        AuditOperation.CREATE_MODEL_PACKAGE, AuditOperation.UPDATE_MODEL_PACKAGE);
  }

  @Test
  @DisplayName("the group trail holds the group's records and its packages', not other groups'; a package trail only its own")
  void groupTrailIncludesPackages() {
    createGroup("churn");
    createGroup("fraud");
    register("churn");
    register("fraud");
    register("churn");
    approve("churn/1");

    assertThat(trail("churn")).allSatisfy(
        record -> assertThat(record.modelPackageGroupName()).isEqualTo("churn"))
        .extracting(record -> record.modelPackageVersion().orElse(0))
        .containsExactly(0, 1, 2, 1);
    assertThat(trail(groupArn("churn"))).isEqualTo(trail("churn"));
    assertThat(trail("churn/1")).extracting(AuditRecord::resourceArn)
        .containsOnly(packageArn("churn", 1)).hasSize(2);
    assertThat(trail(packageArn("churn", 1))).isEqualTo(trail("churn/1"));
    assertThat(trail("fraud")).hasSize(2);
  }

  @Test
  @DisplayName("the trail comes in pages of maxResults (1..100, default 100) that join up without gaps or repeats")
  void pagesThroughTrail() {
    createGroup("churn");
    register("churn");
    for (int i = 0; i < 24; i++) {
      registry().updateModelPackage(UpdateModelPackageRequest.builder().modelPackageArn("churn/1")
          .customerMetadataProperties(Map.of("step", Integer.toString(i))).build());
    }
    List<AuditRecord> whole = trail("churn");

    List<Page<AuditRecord>> pages = Listing.pages(token -> registry().getAuditTrail(
        AuditTrailRequest.builder().resource("churn").maxResults(10).nextToken(token).build()));

    assertThat(whole).hasSize(26);
    assertThat(pages).extracting(page -> page.items().size()).containsExactly(10, 10, 6);
    List<AuditRecord> joined = new ArrayList<>();
    pages.forEach(page -> joined.addAll(page.items()));
    assertThat(joined).isEqualTo(whole);
    assertThat(registry().getAuditTrail(AuditTrailRequest.of("churn")).items()).isEqualTo(whole);
    assertThat(registry().getAuditTrail(AuditTrailRequest.builder().resource("churn")
        .maxResults(100).build()).nextToken()).isEmpty();
  }

  @Test
  @DisplayName("maxResults outside 1..100, a garbage token or a token of another list is a validation error")
  void rejectsBadPageRequests() {
    createGroup("churn");
    for (int i = 0; i < 3; i++) {
      register("churn");
    }
    String packageToken = registry().listModelPackages(Listing.acrossGroups()
        .maxResults(1).build()).nextToken().orElseThrow();

    for (int size : List.of(0, -1, 101)) {
      Rejections.invalid(() -> registry().getAuditTrail(AuditTrailRequest.builder()
          .resource("churn").maxResults(size).build()), "maxResults");
    }
    for (String token : List.of("garbage", "!!!", packageToken)) {
      Rejections.invalid(() -> registry().getAuditTrail(AuditTrailRequest.builder()
          .resource("churn").nextToken(token).build()), "nextToken");
    }
    for (String resource : List.of("", "not a name!", "churn/0", "churn/x")) {
      Rejections.thrownBy(ValidationException.class,
          () -> registry().getAuditTrail(AuditTrailRequest.of(resource)));
    }
  }

  @Test
  @DisplayName("a deleted package's trail stays readable and ends with its deletion; so does a deleted group's")
  void trailOutlivesResource() {
    createGroup("churn");
    register("churn");
    approve("churn/1");

    registry().deleteModelPackage("churn/1");
    registry().deleteModelPackageGroup("churn");

    assertThat(trail("churn/1")).extracting(AuditRecord::operation).containsExactly(
        AuditOperation.CREATE_MODEL_PACKAGE, AuditOperation.UPDATE_MODEL_PACKAGE,
        AuditOperation.DELETE_MODEL_PACKAGE);
    assertThat(trail("churn")).extracting(AuditRecord::operation).containsExactly(
        AuditOperation.CREATE_MODEL_PACKAGE_GROUP, AuditOperation.CREATE_MODEL_PACKAGE,
        AuditOperation.UPDATE_MODEL_PACKAGE, AuditOperation.DELETE_MODEL_PACKAGE,
        AuditOperation.DELETE_MODEL_PACKAGE_GROUP);
    assertThat(trail("never-existed")).isEmpty();
  }
}
