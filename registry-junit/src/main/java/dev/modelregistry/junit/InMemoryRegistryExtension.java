package dev.modelregistry.junit;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.ModelRegistryListener;
import dev.modelregistry.api.model.UserContext;
import dev.modelregistry.core.ModelRegistries;
import dev.modelregistry.inmemory.InMemoryRegistryStore;
import dev.modelregistry.testsupport.CallerSwitch;
import dev.modelregistry.testsupport.EventRecorder;
import dev.modelregistry.testsupport.MutableClock;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that gives each test a fresh, empty in-memory {@link ModelRegistry} as a
 * parameter of the test method and of its {@code @BeforeEach} and {@code @AfterEach} methods (the
 * same registry for all three). With the defaults:
 *
 * <pre>{@code
 * @ExtendWith(InMemoryRegistryExtension.class)
 * class ChurnPipelineTest {
 *   @Test
 *   void registersTheTrainedModel(ModelRegistry registry) { ... }
 * }
 * }</pre>
 *
 * <p>With a clock, a caller identity or listeners of the test's own:
 *
 * <pre>{@code
 * MutableClock clock = MutableClock.at(Instant.parse("2026-03-01T09:00:00Z"));
 *
 * @RegisterExtension
 * InMemoryRegistryExtension registries = new InMemoryRegistryExtension()
 *     .withClock(clock)
 *     .withCallerIdentity(() -> UserContext.ofUserProfile("ci"));
 * }</pre>
 *
 * <p>Instances are immutable: each {@code with...} method returns a new extension. A registry
 * asked for by a {@code @BeforeAll} method belongs to the test class and is not the one a test
 * gets. Constructor parameters are not resolved.
 */
public final class InMemoryRegistryExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(InMemoryRegistryExtension.class);

  private final @Nullable Clock clock;
  private final @Nullable Supplier<UserContext> callerIdentity;
  private final List<ModelRegistryListener> listeners;

  /** An extension with the registry's defaults: system clock, {@code user.name} as caller. */
  public InMemoryRegistryExtension() {
    this(null, null, List.of());
  }

  private InMemoryRegistryExtension(@Nullable Clock clock,
      @Nullable Supplier<UserContext> callerIdentity, List<ModelRegistryListener> listeners) {
    this.clock = clock;
    this.callerIdentity = callerIdentity;
    this.listeners = List.copyOf(listeners);
  }

  /**
   * Returns an extension whose registries stamp times with {@code clock}, e.g. a
   * {@link MutableClock}.
   *
   * @throws IllegalStateException if this extension has a clock already
   */
  public InMemoryRegistryExtension withClock(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    if (this.clock != null) {
      throw new IllegalStateException("the clock was already set to " + this.clock);
    }
    return new InMemoryRegistryExtension(clock, callerIdentity, listeners);
  }

  /**
   * Returns an extension whose registries stamp {@code callerIdentity} as the caller, e.g. a
   * {@link CallerSwitch}.
   *
   * @throws IllegalStateException if this extension has a caller identity already
   */
  public InMemoryRegistryExtension withCallerIdentity(Supplier<UserContext> callerIdentity) {
    Objects.requireNonNull(callerIdentity, "callerIdentity");
    if (this.callerIdentity != null) {
      throw new IllegalStateException("the caller identity was already set");
    }
    return new InMemoryRegistryExtension(clock, callerIdentity, listeners);
  }

  /** Returns an extension whose registries also tell {@code listener}, e.g. an {@link EventRecorder}. */
  public InMemoryRegistryExtension withListener(ModelRegistryListener listener) {
    List<ModelRegistryListener> more = new ArrayList<>(listeners);
    more.add(Objects.requireNonNull(listener, "listener"));
    return new InMemoryRegistryExtension(clock, callerIdentity, more);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == ModelRegistry.class
        && parameter.getDeclaringExecutable() instanceof Method;
  }

  @Override
  public ModelRegistry resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getStore(NAMESPACE).getOrComputeIfAbsent(context.getUniqueId(),
        id -> newRegistry(), ModelRegistry.class);
  }

  private ModelRegistry newRegistry() {
    ModelRegistries.Builder builder = ModelRegistries.builder(new InMemoryRegistryStore());
    if (clock != null) {
      builder.clock(clock);
    }
    if (callerIdentity != null) {
      builder.callerIdentity(callerIdentity);
    }
    listeners.forEach(builder::addListener);
    return builder.build();
  }
}
