package dev.modelregistry.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.model.InferenceSpecification;
import dev.modelregistry.api.model.ModelPackageContainerDefinition;
import dev.modelregistry.api.model.ModelPackageStateChangeEvent;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.core.ModelRegistries;
import dev.modelregistry.inmemory.InMemoryRegistryStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EventRecorderTest {
  private final EventRecorder events = new EventRecorder();
  private final ModelRegistry registry = ModelRegistries.builder(new InMemoryRegistryStore())
      .addListener(events).build();

  @Test
  @DisplayName("a repeated delivery counts once in events() and twice in deliveries()")
  void dropsRepeatedDeliveries() {
    registerTwoVersions();
    ModelPackageStateChangeEvent first = events.events().get(0);

    events.onModelPackageStateChange(first);

    assertThat(events.events()).hasSize(2).startsWith(first);
    assertThat(events.deliveries()).hasSize(3).endsWith(first);
  }

  @Test
  @DisplayName("clear() forgets what was recorded")
  void clearForgets() {
    registerTwoVersions();

    events.clear();

    assertThat(events.events()).isEmpty();
    assertThat(events.deliveries()).isEmpty();
  }

  private void registerTwoVersions() {
    registry.createModelPackageGroup(CreateModelPackageGroupRequest.builder()
        .modelPackageGroupName("churn").build());
    for (int i = 0; i < 2; i++) {
      registry.createModelPackage(CreateModelPackageRequest.builder()
          .modelPackageGroupName("churn")
          .inferenceSpecification(InferenceSpecification.builder()
              .addContainers(ModelPackageContainerDefinition.builder().image("serve:1.7").build())
              .build())
          .build());
    }
  }
}
