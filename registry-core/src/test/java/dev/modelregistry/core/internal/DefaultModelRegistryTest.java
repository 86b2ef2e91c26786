package dev.modelregistry.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.ValidationException;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageGroup;
import dev.modelregistry.api.model.ModelPackageGroupStatus;
import dev.modelregistry.api.model.ModelPackageStateChangeEvent;
import dev.modelregistry.api.model.Tag;
import dev.modelregistry.api.model.UserContext;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.api.request.ListTagsRequest;
import dev.modelregistry.core.ApprovalPolicies;
import dev.modelregistry.core.ArnSettings;
import dev.modelregistry.core.spi.GroupRecord;
import dev.modelregistry.core.spi.PackageFactory;
import dev.modelregistry.core.spi.PackageInsertion;
import dev.modelregistry.core.spi.PackageWrite;
import dev.modelregistry.core.spi.RegistryStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The core's own duties, with the store isolated by a mock: validation before any storage call,
 * what the core asks the store to write, and listener isolation. The behaviour over real stores
 * is the testkit's contract.
 */
class DefaultModelRegistryTest {
  private static final Instant NOW = Instant.parse("2026-11-20T09:14:03.512345Z");
  private final RegistryStore store = mock(RegistryStore.class);
  private final List<ModelPackageStateChangeEvent> events = new ArrayList<>();

  private ModelRegistry registry(dev.modelregistry.api.ModelRegistryListener... extra) {
    List<dev.modelregistry.api.ModelRegistryListener> listeners = new ArrayList<>(List.of(extra));
    listeners.add(events::add);
    return new DefaultModelRegistry(store, Clock.fixed(NOW, ZoneOffset.UTC),
        () -> UserContext.ofUserProfile("trainer"), ArnSettings.DEFAULT,
        ApprovalPolicies.allowAll(), listeners);
  }

  @Test
  @DisplayName("an invalid request names every broken field and never reaches the store")
  void validatesBeforeStoring() {
    CreateModelPackageRequest request = CreateModelPackageRequest.builder()
        .modelPackageGroupName("bad_name")
        .clientToken("with space")
        .customerMetadataProperties(Map.of("ok", "100%"))
        .addTags(Tag.of("team", "risk"))
        .build();
    assertThatThrownBy(() -> registry().createModelPackage(request))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting("path")
            .containsExactlyInAnyOrder("modelPackageGroupName", "clientToken",
                "customerMetadataProperties.value", "tags"));
    verifyNoInteractions(store);
  }

  @Test
  @DisplayName("a create stamps the clock to milliseconds and the caller, writes a history entry and names the group as stored, in one store call")
  void createBuildsThePackage() {
    List<PackageWrite> writes = new ArrayList<>();
    when(store.insertPackage(eq("churn"), isNull(), any())).thenAnswer(call -> {
      PackageWrite write = ((PackageFactory) call.getArgument(2)).create("Churn", 7);
      writes.add(write);
      return PackageInsertion.created(write.modelPackage());
    });

    ModelPackage created = registry(event -> {
      throw new IllegalStateException("a broken listener");
    }).createModelPackage(CreateModelPackageRequest.builder().modelPackageGroupName("churn").build());

    assertThat(created.modelPackageArn())
        .isEqualTo("arn:aws:sagemaker:us-east-1:000000000000:model-package/Churn/7");
    assertThat(created.creationTime()).isEqualTo(Instant.parse("2026-11-20T09:14:03.512Z"));
    assertThat(created.createdBy()).hasValue(UserContext.ofUserProfile("trainer"));
    assertThat(writes).singleElement().satisfies(w -> assertThat(w.history()).hasSize(1));
    verify(store).insertPackage(eq("churn"), isNull(), any());
    verifyNoMoreInteractions(store);
    assertThat(events).singleElement()
        .satisfies(e -> assertThat(e.modelPackage()).isEqualTo(created));
  }

  @Test
  @DisplayName("a forged tag page token with a negative position is a validation error, not a crash")
  void forgedTagTokenIsInvalid() {
    when(store.findGroup("churn")).thenReturn(Optional.of(new GroupRecord(ModelPackageGroup.builder()
        .modelPackageGroupName("churn")
        .modelPackageGroupArn("arn:aws:sagemaker:us-east-1:000000000000:model-package-group/churn")
        .creationTime(NOW)
        .modelPackageGroupStatus(ModelPackageGroupStatus.COMPLETED)
        .build(), List.of(Tag.of("a", "1")), null)));
    String forged = PageTokens.encode(PageTokens.scope("tags", "churn"), List.of("-5"));

    assertThatThrownBy(() -> registry().listTags(ListTagsRequest.builder()
        .resourceArn("arn:aws:sagemaker:us-east-1:000000000000:model-package-group/churn")
        .nextToken(forged)
        .build()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting("path").containsExactly("nextToken"));
  }
}
