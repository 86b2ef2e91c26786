package dev.modelregistry.server.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded pool that serves requests: a fixed number of threads and a bounded queue. When
 * both are full, the HTTP server's dispatcher thread waits for room instead of queueing without
 * limit or dropping the connection, so a flood of requests slows the accepting of new ones
 * (back-pressure through TCP) rather than exhausting memory.
 */
public final class RequestExecutor {
  private RequestExecutor() {}

  /**
   * Returns a new pool.
   *
   * @param threads the number of request threads
   * @param queueCapacity how many accepted requests may wait for a thread
   */
  public static ThreadPoolExecutor newPool(int threads, int queueCapacity) {
    if (threads < 1 || queueCapacity < 1) {
      throw new IllegalArgumentException("threads and queue capacity must be positive");
    }
    AtomicInteger counter = new AtomicInteger();
    ThreadFactory factory = runnable -> {
      Thread thread = new Thread(runnable, "registry-server-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
    return new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(queueCapacity), factory, RequestExecutor::waitForRoom);
  }

  private static void waitForRoom(Runnable task, ThreadPoolExecutor pool) {
    try {
      while (!pool.isShutdown()) {
        if (pool.getQueue().offer(task, 100, TimeUnit.MILLISECONDS)) {
          return;
        }
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    throw new RejectedExecutionException("the server is stopping");
  }
}
