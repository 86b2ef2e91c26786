package dev.modelregistry.inmemory.governance;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.UserContext;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.core.ApprovalPolicies;
import dev.modelregistry.core.ApprovalPolicy;
import dev.modelregistry.core.ModelRegistries;
import dev.modelregistry.inmemory.InMemoryRegistryStore;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** A registry over a fresh in-memory store with a hand-moved clock and a switchable caller. */
final class Fixtures {
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  static final String ARN_PREFIX = "arn:aws:sagemaker:us-east-1:000000000000:";

  final TestClock clock = new TestClock(T0);
  final AtomicReference<UserContext> caller =
      new AtomicReference<>(UserContext.ofUserProfile("trainer"));
  final InMemoryRegistryStore store = new InMemoryRegistryStore();
  final ModelRegistry registry;

  Fixtures() {
    this(ApprovalPolicies.allowAll());
  }

  Fixtures(ApprovalPolicy policy) {
    registry = ModelRegistries.builder(store)
        .clock(clock)
        .callerIdentity(caller::get)
        .approvalPolicy(policy)
        .build();
  }

  void as(String user) {
    caller.set(UserContext.ofUserProfile(user));
  }

  void group(String name) {
    registry.createModelPackageGroup(
        CreateModelPackageGroupRequest.builder().modelPackageGroupName(name).build());
  }

  ModelPackage register(String group) {
    return registry.createModelPackage(
        CreateModelPackageRequest.builder().modelPackageGroupName(group).build());
  }
}
