package dev.modelregistry.server.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded pool that runs the operations: a fixed number of threads and a bounded queue. The
 * queue holds one request per connection the server accepts (an HTTP/1.1 connection has one
 * request in progress at a time), so it fills only while stopping; then a request is refused
 * ({@link java.util.concurrent.RejectedExecutionException}, answered 503) instead of waiting.
 */
public final class RequestExecutor {
  private RequestExecutor() {}

  /**
   * Returns a new pool.
   *
   * @param threads the number of request threads
   * @param queueCapacity how many requests may wait for a thread
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
        new ArrayBlockingQueue<>(queueCapacity), factory, new ThreadPoolExecutor.AbortPolicy());
  }
}
