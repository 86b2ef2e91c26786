package dev.modelregistry.testkit;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.ModelRegistryListener;
import dev.modelregistry.core.ApprovalPolicy;
import dev.modelregistry.core.ModelRegistries;
import dev.modelregistry.core.spi.RegistryStore;
import dev.modelregistry.testsupport.CallerSwitch;
import dev.modelregistry.testsupport.EventRecorder;
import dev.modelregistry.testsupport.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one contract test works with: a registry over a fresh store, with a {@link MutableClock},
 * a {@link CallerSwitch} and an {@link EventRecorder} as its only listener. The kit makes one per
 * test; the contract classes reach it through their {@code kit()} method.
 */
public final class KitContext {
  /** The time every test starts at: fixed, so that no test depends on the time of day. */
  public static final Instant START = Instant.parse("2026-03-01T09:00:00Z");
  /** The user profile every test starts as. */
  public static final String FIRST_CALLER = "kit-trainer";

  private final RegistryStore store;
  private final MutableClock clock = MutableClock.at(START);
  private final CallerSwitch caller = CallerSwitch.as(FIRST_CALLER);
  private final EventRecorder events = new EventRecorder();
  private final ModelRegistry registry;

  private KitContext(RegistryStore store) {
    this.store = Objects.requireNonNull(store, "store");
    this.registry = registryWith(List.of());
  }

  /** Returns a context whose registry runs over {@code store}, which should be empty. */
  public static KitContext over(RegistryStore store) {
    return new KitContext(store);
  }

  /** Returns the registry under test. */
  public ModelRegistry registry() {
    return registry;
  }

  /** Returns the store behind the registry. */
  public RegistryStore store() {
    return store;
  }

  /** Returns the registry's clock, which moves only when the test moves it. */
  public MutableClock clock() {
    return clock;
  }

  /** Returns the registry's caller identity. */
  public CallerSwitch caller() {
    return caller;
  }

  /** Returns the events the registry emitted. */
  public EventRecorder events() {
    return events;
  }

  /**
   * Returns a second registry over the same store, clock and caller, whose listeners are
   * {@code first} followed by this context's recorder.
   */
  public ModelRegistry registryWith(List<ModelRegistryListener> first) {
    ModelRegistries.Builder builder = ModelRegistries.builder(store)
        .clock(clock)
        .callerIdentity(caller);
    first.forEach(builder::addListener);
    return builder.addListener(events).build();
  }

  /**
   * Returns a second registry over the same store, clock, caller and recorder that asks
   * {@code policy} before every change of approval status or life-cycle stage.
   */
  public ModelRegistry registryWith(ApprovalPolicy policy) {
    return ModelRegistries.builder(store)
        .clock(clock)
        .callerIdentity(caller)
        .approvalPolicy(policy)
        .addListener(events)
        .build();
  }
}
