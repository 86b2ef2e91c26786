package dev.modelregistry.server.internal;

import java.time.Duration;

/**
 * Counts the requests being served, so that stopping can wait for them to finish — and no longer
 * than that: the JDK 17 HTTP server's own {@code stop(delay)} always waits the whole delay.
 */
public final class InFlightRequests {
  private int count;

  /** Marks the start of a request. */
  public synchronized void begin() {
    count++;
  }

  /** Marks the end of a request. */
  public synchronized void end() {
    count--;
    if (count == 0) {
      notifyAll();
    }
  }

  /**
   * Waits until no request is being served, or {@code timeout} has passed.
   *
   * @return whether no request is being served
   */
  public synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (count > 0) {
      long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
      if (remainingMillis <= 0) {
        return false;
      }
      wait(remainingMillis);
    }
    return true;
  }
}
