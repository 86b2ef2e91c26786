package dev.modelregistry.core;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.core.internal.CallbackFailures;
import dev.modelregistry.core.internal.FeedConsumerRules;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Follows a registry's durable change feed for one named consumer: reads the applied changes after
 * the consumer's saved position, hands each to a {@link ChangeFeedHandler} in commit order, and
 * saves the position in the registry after each batch, so that the consumer resumes where it left
 * off after a restart, in this process or another one. Delivery is at least once: a crash between
 * handling a record and saving the position delivers that record again.
 *
 * <p>React to approvals the way SageMaker users react to EventBridge events:
 *
 * <pre>{@code
 * ChangeFeedPoller poller = ChangeFeedPoller.builder(registry, "deployer", record -> {
 *       if (record.operation() == AuditOperation.UPDATE_MODEL_PACKAGE
 *           && record.modelApprovalStatus().equals(Optional.of(ModelApprovalStatus.APPROVED))) {
 *         deploy(record.resourceArn()); // idempotent: may see a record twice
 *       }
 *     })
 *     .batchSize(100)
 *     .build();
 * poller.start(Duration.ofSeconds(5)); // or call pollOnce() from your own scheduler
 * ...
 * poller.close();
 * }</pre>
 *
 * <p>Retention: {@link ModelRegistry#pruneAuditLog(java.time.Instant)} deletes feed records too.
 * A consumer whose saved position is behind the pruned records (stopped, or slower than the
 * retention) misses them without notice: its next poll continues with the oldest record kept.
 * Keep the retention longer than any consumer may fall behind.
 *
 * <p>Thread-safe: {@link #pollOnce()} calls are serialized, so the handler is never called
 * concurrently by one poller. Two pollers of the same consumer name (say, in two processes) both
 * deliver every record, each at least once; give each consumer its own name.
 */
public final class ChangeFeedPoller implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(ChangeFeedPoller.class.getName());

  private final ModelRegistry registry;
  private final String consumerName;
  private final ChangeFeedHandler handler;
  private final int batchSize;
  private final Object pollLock = new Object();
  private final Object lifecycleLock = new Object();
  private @Nullable ScheduledExecutorService executor;
  private volatile @Nullable Thread pollerThread;
  private boolean closed;

  private ChangeFeedPoller(Builder builder) {
    this.registry = builder.registry;
    this.consumerName = builder.consumerName;
    this.handler = builder.handler;
    this.batchSize = builder.batchSize;
  }

  /**
   * Returns a builder of a poller for the consumer {@code consumerName}, whose position is kept in
   * {@code registry} under that name (1..256 printable characters).
   */
  public static Builder builder(ModelRegistry registry, String consumerName,
      ChangeFeedHandler handler) {
    return new Builder(registry, consumerName, handler);
  }

  /** Returns the consumer's name. */
  public String consumerName() {
    return consumerName;
  }

  /**
   * Handles every record after the saved position, batch by batch, until the feed is drained (a
   * batch comes back smaller than the batch size), saving the position after each batch.
   *
   * @return how many records were handled
   * @throws HandlerException if the handler threw an exception; the position of the last record
   *     it handled is saved, so the failed record comes again at the next poll. An {@link Error}
   *     the handler throws is rethrown as it is, after saving the position the same way
   * @throws dev.modelregistry.api.ModelRegistryException if reading the feed or saving the
   *     position failed; what was saved stays saved
   */
  public int pollOnce() {
    synchronized (pollLock) {
      long position = registry.getFeedPosition(consumerName);
      int handled = 0;
      while (true) {
        List<AuditRecord> batch = registry.readChangeFeed(position, batchSize);
        long saved = position;
        for (AuditRecord record : batch) {
          try {
            handler.handle(record);
          } catch (Throwable failure) {
            // Errors too (an AssertionError, a NoClassDefFoundError of the handler's code): the
            // records handled before the failed one must not come again.
            if (position != saved) {
              try {
                registry.saveFeedPosition(consumerName, position);
              } catch (RuntimeException e) {
                failure.addSuppressed(e);
              }
            }
            if (failure instanceof Exception e) {
              throw new HandlerException(consumerName, record, e);
            }
            throw (Error) failure;
          }
          position = record.position();
          handled++;
        }
        if (position != saved) {
          registry.saveFeedPosition(consumerName, position);
        }
        if (batch.size() < batchSize) {
          return handled;
        }
      }
    }
  }

  /**
   * Starts polling on one daemon thread: {@link #pollOnce()} now and then {@code interval} after
   * each poll ends, until {@link #close()}. A failed poll (any exception or error of the handler
   * or the registry) is logged ({@link System.Logger}) and retried at the next tick, from the
   * saved position; only a failure of the JVM itself (a {@link VirtualMachineError} other than a
   * {@link StackOverflowError}) ends the polling.
   *
   * @throws IllegalStateException if the poller was started before or is closed
   */
  public void start(Duration interval) {
    Objects.requireNonNull(interval, "interval");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be positive: " + interval);
    }
    synchronized (lifecycleLock) {
      if (closed) {
        throw new IllegalStateException("the poller of '" + consumerName + "' is closed");
      }
      if (executor != null) {
        throw new IllegalStateException("the poller of '" + consumerName + "' was started");
      }
      ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "change-feed-poller-" + consumerName);
        thread.setDaemon(true);
        pollerThread = thread;
        return thread;
      });
      started.scheduleWithFixedDelay(this::tick, 0, interval.toNanos(), TimeUnit.NANOSECONDS);
      executor = started;
    }
  }

  private void tick() {
    try {
      int handled = pollOnce();
      if (handled > 0) {
        LOG.log(System.Logger.Level.DEBUG, "change feed consumer {0} handled {1} records",
            consumerName, handled);
      }
    } catch (Throwable e) {
      // Anything escaping would end the schedule silently (the executor keeps it in a future
      // nobody reads), so log and retry at the next tick; errors of the handler included (a
      // StackOverflowError too: its stack is unwound). Only a failing JVM ends the schedule.
      LOG.log(System.Logger.Level.WARNING,
          "change feed consumer " + consumerName + ": poll failed; retrying at the next tick", e);
      if (CallbackFailures.isFatal(e)) {
        throw (VirtualMachineError) e;
      }
    }
  }

  /**
   * Stops polling: no poll starts after this returns, and a poll under way is waited for (up to
   * 30 seconds; not when called by the handler itself). Idempotent.
   */
  @Override
  public void close() {
    ScheduledExecutorService running;
    synchronized (lifecycleLock) {
      closed = true;
      running = executor;
    }
    if (running == null) {
      return;
    }
    running.shutdown();
    if (Thread.currentThread() == pollerThread) {
      return;
    }
    try {
      if (!running.awaitTermination(30, TimeUnit.SECONDS)) {
        LOG.log(System.Logger.Level.WARNING, "change feed consumer {0}: a poll is still running"
            + " 30 seconds after close", consumerName);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A handler threw: wraps its exception and names the record it failed on. */
  public static final class HandlerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long position;

    HandlerException(String consumerName, AuditRecord record, Exception cause) {
      super("change feed consumer '" + consumerName + "' failed to handle the record at position "
          + record.position() + " (" + record.operation() + " " + record.resourceArn() + "): "
          + cause.getMessage(), cause);
      this.position = record.position();
    }

    /** Returns the position of the record the handler failed on. */
    public long position() {
      return position;
    }
  }

  /** Settings of a poller. */
  public static final class Builder {
    private final ModelRegistry registry;
    private final String consumerName;
    private final ChangeFeedHandler handler;
    private int batchSize = 100;

    private Builder(ModelRegistry registry, String consumerName, ChangeFeedHandler handler) {
      this.registry = Objects.requireNonNull(registry, "registry");
      this.consumerName = Objects.requireNonNull(consumerName, "consumerName");
      this.handler = Objects.requireNonNull(handler, "handler");
    }

    /**
     * How many records to read per call to the registry, 1..1000 (default 100); the position is
     * saved after each batch.
     *
     * @throws IllegalArgumentException if the size is outside 1..1000
     */
    public Builder batchSize(int batchSize) {
      requireBatchSize(batchSize);
      this.batchSize = batchSize;
      return this;
    }

    /**
     * Returns the poller; it does nothing until polled or started.
     *
     * @throws dev.modelregistry.api.ValidationException if the consumer name is not 1..256
     *     characters without control characters (the rule of
     *     {@link ModelRegistry#saveFeedPosition(String, long)}): refused here rather than at the
     *     first poll, which on a started poller's thread would only be logged, tick after tick
     * @throws IllegalArgumentException if the batch size is outside 1..1000
     */
    public ChangeFeedPoller build() {
      FeedConsumerRules.requireValidName(consumerName);
      requireBatchSize(batchSize);
      return new ChangeFeedPoller(this);
    }

    private static void requireBatchSize(int batchSize) {
      int max = FeedConsumerRules.maxBatchSize();
      if (batchSize < 1 || batchSize > max) {
        throw new IllegalArgumentException("batchSize must be 1.." + max + ": " + batchSize);
      }
    }
  }
}
