package dev.modelregistry.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The usage example of this module's README, kept identical, so that the README's code works. */
@ExtendWith(InMemoryRegistryExtension.class)   // a fresh, empty registry for each test
class ChurnModelTest {
  @Test
  void noVersionIsApprovedBeforeReview(ModelRegistry registry) {
    registry.createModelPackageGroup(CreateModelPackageGroupRequest.builder()
        .modelPackageGroupName("churn").build());

    assertThat(registry.findLatestApprovedModelPackage("churn")).isEmpty();
  }
}
