package dev.modelregistry.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/**
 * Runs tasks on several threads that start together: each thread waits at a gate until all are
 * ready, so the calls overlap as much as the machine allows. Every wait is bounded; a task that
 * hangs fails the test instead of hanging the build.
 */
final class Race implements AutoCloseable {
  static final Duration TIMEOUT = Duration.ofSeconds(120);

  private final ExecutorService pool;
  private final CountDownLatch ready;
  private final CountDownLatch gate = new CountDownLatch(1);

  private Race(int threads) {
    this.pool = Executors.newFixedThreadPool(threads);
    this.ready = new CountDownLatch(threads);
  }

  /** Runs {@code threads} copies of {@code task} (given the thread's index) and returns their results. */
  static <T> List<T> run(int threads, IntFunction<Callable<T>> task) {
    try (Race race = new Race(threads)) {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(race.submit(task.apply(i)));
      }
      race.start();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(await(future));
      }
      return results;
    }
  }

  /** Starts a race of {@code threads} threads whose tasks are submitted one by one. */
  static Race of(int threads) {
    return new Race(threads);
  }

  /** Queues a task; it starts when {@link #start()} opens the gate. */
  <T> Future<T> submit(Callable<T> task) {
    Future<T> future = pool.submit(() -> {
      ready.countDown();
      if (!gate.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        throw new TimeoutException("the race never started");
      }
      return task.call();
    });
    return future;
  }

  /** Waits until every submitted task is at the gate, then lets them all go. */
  void start() {
    try {
      assertThat(ready.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS))
          .as("all threads reached the start gate").isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for the threads", e);
    }
    gate.countDown();
  }

  /** Returns a task's result, failing the test if it failed or did not finish in time. */
  static <T> T await(Future<T> future) {
    try {
      return future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("a racing task failed: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("a racing task did not finish within " + TIMEOUT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for a racing task", e);
    }
  }

  /** Stops every thread (interrupting stragglers) and waits for the pool to end. */
  @Override
  public void close() {
    gate.countDown();
    pool.shutdownNow();
    try {
      if (!pool.awaitTermination(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        throw new AssertionError("racing threads did not stop within " + TIMEOUT);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
