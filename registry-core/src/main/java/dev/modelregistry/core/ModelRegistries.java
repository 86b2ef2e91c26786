package dev.modelregistry.core;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.ModelRegistryListener;
import dev.modelregistry.api.model.UserContext;
import dev.modelregistry.core.internal.DefaultModelRegistry;
import dev.modelregistry.core.spi.RegistryStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link ModelRegistry} over a store.
 *
 * <pre>{@code
 * ModelRegistry registry = ModelRegistries.builder(new InMemoryRegistryStore())
 *     .clock(Clock.systemUTC())
 *     .callerIdentity(() -> UserContext.ofUserProfile("trainer"))
 *     .build();
 * }</pre>
 */
public final class ModelRegistries {
  private ModelRegistries() {}

  /** Returns a builder for a registry over {@code store}. */
  public static Builder builder(RegistryStore store) {
    return new Builder(store);
  }

  /**
   * Settings of a registry. Each may be set once; setting one twice is an error, so that a
   * misconfiguration does not pass silently.
   */
  public static final class Builder {
    private final RegistryStore store;
    private @Nullable Clock clock;
    private @Nullable Supplier<UserContext> callerIdentity;
    private @Nullable ArnSettings arnSettings;
    private @Nullable ApprovalPolicy approvalPolicy;
    private final List<ModelRegistryListener> listeners = new ArrayList<>();

    private Builder(RegistryStore store) {
      this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * The clock that stamps creation and modification times (default: {@link Clock#systemUTC()}).
     *
     * @throws IllegalStateException if the clock was set already
     */
    public Builder clock(Clock clock) {
      Objects.requireNonNull(clock, "clock");
      if (this.clock != null) {
        throw new IllegalStateException("clock was already set to " + this.clock);
      }
      this.clock = clock;
      return this;
    }

    /**
     * Who is calling, asked once per write and stamped as {@code CreatedBy}, {@code LastModifiedBy}
     * and in history (default: the user profile named by the {@code user.name} system property).
     *
     * @throws IllegalStateException if the caller identity was set already
     */
    public Builder callerIdentity(Supplier<UserContext> callerIdentity) {
      Objects.requireNonNull(callerIdentity, "callerIdentity");
      if (this.callerIdentity != null) {
        throw new IllegalStateException("callerIdentity was already set");
      }
      this.callerIdentity = callerIdentity;
      return this;
    }

    /**
     * The partition, region and account of derived ARNs (default: {@link ArnSettings#DEFAULT}).
     *
     * @throws IllegalStateException if the ARN settings were set already
     */
    public Builder arnSettings(ArnSettings arnSettings) {
      Objects.requireNonNull(arnSettings, "arnSettings");
      if (this.arnSettings != null) {
        throw new IllegalStateException("arnSettings were already set to " + this.arnSettings);
      }
      this.arnSettings = arnSettings;
      return this;
    }

    /**
     * The policy asked before every change of a package's approval status or life-cycle stage
     * (default: {@link ApprovalPolicies#allowAll()}). Combine several with
     * {@link ApprovalPolicy#and}.
     *
     * @throws IllegalStateException if the policy was set already
     */
    public Builder approvalPolicy(ApprovalPolicy approvalPolicy) {
      Objects.requireNonNull(approvalPolicy, "approvalPolicy");
      if (this.approvalPolicy != null) {
        throw new IllegalStateException("approvalPolicy was already set");
      }
      this.approvalPolicy = approvalPolicy;
      return this;
    }

    /** Adds a listener, told about package changes after they are stored; in the order added. */
    public Builder addListener(ModelRegistryListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /** Returns the registry. The builder may be used again to build another one. */
    public ModelRegistry build() {
      Clock effectiveClock = clock != null ? clock : Clock.systemUTC();
      Supplier<UserContext> effectiveCaller = callerIdentity != null
          ? callerIdentity
          : () -> UserContext.ofUserProfile(System.getProperty("user.name", "unknown"));
      ArnSettings effectiveArns = arnSettings != null ? arnSettings : ArnSettings.DEFAULT;
      ApprovalPolicy effectivePolicy =
          approvalPolicy != null ? approvalPolicy : ApprovalPolicies.allowAll();
      return new DefaultModelRegistry(store, effectiveClock, effectiveCaller, effectiveArns,
          effectivePolicy, List.copyOf(listeners));
    }
  }
}
