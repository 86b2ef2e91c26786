package dev.modelregistry.server.internal;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.AbstractLifeCycle;

/**
 * Closes connections whose request line and headers have not arrived whole within the header
 * timeout since the server first saw them incomplete. Jetty reads headers without holding a
 * thread but limits only their size and the silence between bytes (the idle timeout), so a
 * client sending a byte every few seconds would otherwise keep a connection forever; with this,
 * such a client holds it for the header timeout at most.
 *
 * <p>A sweep looks at every connection a few times per timeout; the time is counted per request
 * (a kept-alive connection starts again with each new request).
 */
public final class HeaderTimeouts extends AbstractLifeCycle {
  private static final System.Logger LOG = System.getLogger(HeaderTimeouts.class.getName());

  private final AbstractConnector connector;
  private final long timeoutNanos;
  private final long sweepMillis;
  /** Per connection: the request count when first seen in its headers, and when. Sweeper only. */
  private final Map<EndPoint, Seen> incomplete = new HashMap<>();
  private ScheduledExecutorService sweeper;

  public HeaderTimeouts(AbstractConnector connector, Duration timeout) {
    this.connector = connector;
    this.timeoutNanos = timeout.toNanos();
    this.sweepMillis = Math.max(50, Math.min(1000, timeout.toMillis() / 4));
  }

  @Override
  protected void doStart() {
    sweeper = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "registry-server-header-timeouts");
      thread.setDaemon(true);
      return thread;
    });
    sweeper.scheduleWithFixedDelay(this::sweep, sweepMillis, sweepMillis, TimeUnit.MILLISECONDS);
  }

  @Override
  protected void doStop() throws InterruptedException {
    sweeper.shutdownNow();
    // the map belongs to the sweeper thread until it has ended
    if (sweeper.awaitTermination(5, TimeUnit.SECONDS)) {
      incomplete.clear();
    }
  }

  /** Runs one sweep; a failure is logged, never thrown, since it would end all later sweeps. */
  private void sweep() {
    try {
      closeLateConnections();
    } catch (RuntimeException failure) {
      LOG.log(Level.WARNING, "sweeping connections for the header timeout failed", failure);
    }
  }

  private void closeLateConnections() {
    long now = System.nanoTime();
    Set<EndPoint> stillIncomplete = new HashSet<>();
    for (EndPoint endPoint : connector.getConnectedEndPoints()) {
      if (!(endPoint.getConnection() instanceof HttpConnection connection)
          || !readingHeaders(connection.getParser())) {
        continue;
      }
      long requestCount = connection.getMessagesIn();
      Seen seen = incomplete.get(endPoint);
      if (seen == null || seen.requestCount() != requestCount) {
        seen = new Seen(requestCount, now);
        incomplete.put(endPoint, seen);
      }
      if (now - seen.sinceNanos() > timeoutNanos) {
        LOG.log(Level.DEBUG, () -> "closing " + endPoint.getRemoteSocketAddress()
            + ": its request headers did not arrive within the header timeout");
        endPoint.close(new TimeoutException("request headers not received in time"));
      } else {
        stillIncomplete.add(endPoint);
      }
    }
    incomplete.keySet().retainAll(stillIncomplete);
  }

  /** Whether the parser has begun a request but not finished its headers. */
  private static boolean readingHeaders(HttpParser parser) {
    return parser.inHeaderState() && !parser.isStart();
  }

  private record Seen(long requestCount, long sinceNanos) {}
}
