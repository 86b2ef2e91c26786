package dev.modelregistry.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.ConflictException;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.api.request.ImmutableCreateModelPackageRequest;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Client tokens: a retry of the same request returns the first package without a new version;
 * a different request with a seen token is a conflict; tokens are per group and live as long as
 * their package. The race of many callers with one token is {@link ConcurrencyContract}'s.
 */
public abstract class IdempotencyContract extends ContractSupport {
  private static final String TOKEN = "3f1c9a0b-2d4e-4f60-8718-293a4b5c6d7e";

  @Test
  @DisplayName("a retry with the same token and request returns the first package: no new version, history entry or event")
  void retryReturnsFirstPackage() {
    createGroup("churn");
    CreateModelPackageRequest request = Fixtures.fullPackage("churn").clientToken(TOKEN).build();
    ModelPackage first = register(request);
    tick();
    RegistrySnapshot before = snapshot();

    ModelPackage retried = register(request);

    assertThat(retried).isEqualTo(first);
    assertThat(snapshot()).isEqualTo(before);
    assertThat(register("churn").modelPackageVersion()).isEqualTo(2);
  }

  @Test
  @DisplayName("a retry may name the group by ARN or in another case, and spell out the default approval status")
  void retryNormalizesEquivalentRequests() {
    createGroup("Churn");
    ModelPackage first = register(Fixtures.minimalPackage("Churn").clientToken(TOKEN).build());

    ModelPackage byArn = register(Fixtures.minimalPackage(groupArn("Churn")).clientToken(TOKEN)
        .build());
    ModelPackage explicit = register(Fixtures.minimalPackage("cHURN").clientToken(TOKEN)
        .modelApprovalStatus(ModelApprovalStatus.PENDING_MANUAL_APPROVAL).build());

    assertThat(byArn).isEqualTo(first);
    assertThat(explicit).isEqualTo(first);
    assertThat(versionsIn("churn")).containsExactly(1);
  }

  @Test
  @DisplayName("the same token with a different request is a conflict; nothing is stored and no version consumed")
  void differentRequestIsConflict() {
    createGroup("churn");
    ImmutableCreateModelPackageRequest.Builder request = Fixtures.minimalPackage("churn")
        .clientToken(TOKEN).customerMetadataProperties(Map.of("auc", "0.91"));
    register(request.build());

    rejectedWithoutChange(ConflictException.class, () -> register(
        request.customerMetadataProperties(Map.of("auc", "0.92")).build()));
    rejectedWithoutChange(ConflictException.class, () -> register(
        Fixtures.minimalPackage("churn").clientToken(TOKEN).build()));

    assertThat(register("churn").modelPackageVersion()).isEqualTo(2);
  }

  @Test
  @DisplayName("tokens are per group: a token seen in one group registers a new package in another")
  void tokensArePerGroup() {
    createGroup("churn");
    createGroup("fraud");
    register(Fixtures.minimalPackage("churn").clientToken(TOKEN).build());
    register("fraud");

    ModelPackage other = register(Fixtures.minimalPackage("fraud").clientToken(TOKEN).build());

    assertThat(other.modelPackageArn()).isEqualTo(packageArn("fraud", 2));
  }

  @Test
  @DisplayName("different tokens with the same request register separate packages")
  void differentTokensAreDifferentPackages() {
    createGroup("churn");

    register(Fixtures.minimalPackage("churn").clientToken("token-1").build());
    register(Fixtures.minimalPackage("churn").clientToken("token-2").build());

    assertThat(versionsIn("churn")).containsExactly(1, 2);
  }

  @Test
  @DisplayName("a retry after the first package was updated still returns that package")
  void retryAfterUpdate() {
    createGroup("churn");
    CreateModelPackageRequest request = Fixtures.minimalPackage("churn").clientToken(TOKEN).build();
    register(request);
    registry().updateModelPackage(UpdateModelPackageRequest.builder().modelPackageArn("churn/1")
        .modelApprovalStatus(ModelApprovalStatus.APPROVED).build());

    ModelPackage retried = register(request);

    assertThat(retried.modelPackageArn()).isEqualTo(packageArn("churn", 1));
    assertThat(versionsIn("churn")).containsExactly(1);
  }

  @Test
  @DisplayName("a token lives as long as its package: once it is deleted, the token registers a new version")
  void tokenEndsWithItsPackage() {
    createGroup("churn");
    CreateModelPackageRequest request = Fixtures.minimalPackage("churn").clientToken(TOKEN).build();
    register(request);
    registry().deleteModelPackage("churn/1");

    ModelPackage again = register(request);

    assertThat(again.modelPackageVersion()).isEqualTo(2);
    assertThat(register(request)).isEqualTo(again);
  }
}
