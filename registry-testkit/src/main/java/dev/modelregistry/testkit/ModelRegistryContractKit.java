package dev.modelregistry.testkit;

import dev.modelregistry.testsupport.CallerSwitch;
import dev.modelregistry.testsupport.EventRecorder;
import dev.modelregistry.testsupport.MutableClock;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.jspecify.annotations.Nullable;

/**
 * The contract of a model registry, as one JUnit 5 suite that every storage backend runs. A
 * backend's test says only how to open an empty store, e.g. in a directory the kit gives each
 * test:
 *
 * <pre>{@code
 * @DisplayName("contract: JDBC store on an H2 file")
 * class H2FileRegistryContractTest extends ModelRegistryContractKit {
 *   H2FileRegistryContractTest() {
 *     super(JdbcRegistryStore::embedded);
 *   }
 * }
 * }</pre>
 *
 * <p>Before each test the kit makes an empty temporary directory, opens a store in it with the
 * {@link StoreOpener} and builds a registry over it with {@code ModelRegistries.builder(store)},
 * a {@link MutableClock} starting at {@link KitContext#START}, a {@link CallerSwitch} and an
 * {@link EventRecorder} (see {@link KitContext}); tests of approval policies build further
 * registries over the same store with
 * {@link KitContext#registryWith(dev.modelregistry.core.ApprovalPolicy)}. After the test the
 * {@link StoreCloser} gets the store back (by default, a store that is {@link AutoCloseable} is
 * closed) and then the directory is deleted. The tests live in one abstract class per area
 * ({@link GroupContract}, {@link PackageCreateContract}, ...), each run here as a {@link Nested}
 * class; none depends on the time of day or on test order.
 */
public abstract class ModelRegistryContractKit {
  private final StoreOpener opener;
  private final StoreCloser closer;
  private @Nullable KitSession session;

  /**
   * Runs the contract on the stores {@code opener} opens, one per test; after the test a store
   * that is {@link AutoCloseable} is closed ({@link StoreCloser#closeIfAutoCloseable()}).
   */
  protected ModelRegistryContractKit(StoreOpener opener) {
    this(opener, StoreCloser.closeIfAutoCloseable());
  }

  /**
   * Runs the contract on the stores {@code opener} opens, one per test, released by
   * {@code closer}.
   */
  protected ModelRegistryContractKit(StoreOpener opener, StoreCloser closer) {
    this.opener = Objects.requireNonNull(opener, "opener");
    this.closer = Objects.requireNonNull(closer, "closer");
  }

  @BeforeEach
  final void openKitContext() throws Exception {
    session = KitSession.open(opener, closer);
  }

  @AfterEach
  final void closeKitContext() throws Exception {
    KitSession finished = session;
    session = null;
    if (finished != null) {
      finished.close();
    }
  }

  /** Returns the context of the running test. */
  protected final KitContext context() {
    KitSession current = session;
    if (current == null) {
      throw new IllegalStateException("no test is running");
    }
    return current.context();
  }

  @Nested
  @DisplayName("model package groups")
  class Groups extends GroupContract {
    @Override
    protected KitContext kit() {
      return context();
    }
  }

  @Nested
  @DisplayName("registering and deleting model packages")
  class PackageCreation extends PackageCreateContract {
    @Override
    protected KitContext kit() {
      return context();
    }
  }

  @Nested
  @DisplayName("registering many packages of a group in one batch")
  class BatchCreation extends BatchCreateContract {
    @Override
    protected KitContext kit() {
      return context();
    }
  }

  @Nested
  @DisplayName("describing packages, in batches, and the latest version")
  class PackageReading extends PackageReadContract {
    @Override
    protected KitContext kit() {
      return context();
    }
  }

  @Nested
  @DisplayName("listing groups and packages: sorting and filters")
  class Lists extends ListContract {
    @Override
    protected KitContext kit() {
      return context();
    }
  }

  @Nested
  @DisplayName("paging and page tokens")
  class Paging extends PagingContract {
    @Override
    protected KitContext kit() {
      return context();
    }
  }

  @Nested
  @DisplayName("updating packages")
  class Updates extends UpdateContract {
    @Override
    protected KitContext kit() {
      return context();
    }
  }

  @Nested
  @DisplayName("package history")
  class History extends HistoryContract {
    @Override
    protected KitContext kit() {
      return context();
    }
  }

  @Nested
  @DisplayName("state change events")
  class Events extends EventsContract {
    @Override
    protected KitContext kit() {
      return context();
    }
  }

  @Nested
  @DisplayName("group tags and resource policies")
  class TagsAndPolicies extends TagsAndPolicyContract {
    @Override
    protected KitContext kit() {
      return context();
    }
  }

  @Nested
  @DisplayName("idempotent registration with client tokens")
  class Idempotency extends IdempotencyContract {
    @Override
    protected KitContext kit() {
      return context();
    }
  }

  @Nested
  @DisplayName("the boundary vectors of field-rules.json")
  class Vectors extends FieldVectorContract {
    @Override
    protected KitContext kit() {
      return context();
    }
  }

  @Nested
  @DisplayName("length limits, at and one past the boundary")
  class LengthLimits extends LengthLimitsContract {
    @Override
    protected KitContext kit() {
      return context();
    }
  }

  @Nested
  @DisplayName("count limits, at and one past the boundary")
  class CountLimits extends CountLimitsContract {
    @Override
    protected KitContext kit() {
      return context();
    }
  }

  @Nested
  @DisplayName("concurrent callers")
  class Concurrency extends ConcurrencyContract {
    @Override
    protected KitContext kit() {
      return context();
    }
  }

  @Nested
  @DisplayName("the audit trail: one record per write, nothing for a failed write")
  class AuditTrail extends AuditTrailContract {
    @Override
    protected KitContext kit() {
      return context();
    }
  }

  @Nested
  @DisplayName("reading the audit trail: order, pages, deleted resources")
  class AuditTrailReads extends AuditTrailReadsContract {
    @Override
    protected KitContext kit() {
      return context();
    }
  }

  @Nested
  @DisplayName("point-in-time answers from the audit trail")
  class PointInTime extends PointInTimeContract {
    @Override
    protected KitContext kit() {
      return context();
    }
  }

  @Nested
  @DisplayName("the durable change feed: positions, consumers, retention, the poller")
  class ChangeFeed extends ChangeFeedContract {
    @Override
    protected KitContext kit() {
      return context();
    }
  }

  @Nested
  @DisplayName("approval policies: denials change nothing and are recorded")
  class ApprovalPolicies extends ApprovalPolicyContract {
    @Override
    protected KitContext kit() {
      return context();
    }
  }

  @Nested
  @DisplayName("revisions and optimistic concurrency: a stale revision is refused")
  class OptimisticConcurrency extends OptimisticConcurrencyContract {
    @Override
    protected KitContext kit() {
      return context();
    }
  }

  @Nested
  @DisplayName("provenance queries: packages by metadata properties and customer metadata")
  class ProvenanceQueries extends ProvenanceQueryContract {
    @Override
    protected KitContext kit() {
      return context();
    }
  }
}
