package dev.modelregistry.server.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The Jetty server that carries the protocol: one HTTP/1.1 connector with the limits of
 * {@link Limits}, the {@link RegistryHandler} behind a {@link GracefulHandler} (stopping lets
 * requests in progress finish, for at most the stop timeout), and the protocol's error form for
 * what Jetty refuses itself.
 */
public final class HttpTransport {
  /** Jetty's own threads: selector, acceptor and parsing; they never wait for an operation. */
  private static final int IO_THREADS = 16;

  /**
   * The limits of the HTTP layer.
   *
   * @param maxHeaderBytes the largest request line plus headers
   * @param headerTimeout how long a request's line and headers may take to arrive
   * @param idleTimeout how long a connection may stay silent (between requests or within one)
   * @param maxConnections the most connections open at once; further ones wait to be accepted
   * @param stopTimeout how long stopping waits for requests in progress
   */
  public record Limits(int maxHeaderBytes, Duration headerTimeout, Duration idleTimeout,
                       int maxConnections, Duration stopTimeout) {}

  private final Server server;
  private final ServerConnector connector;

  private HttpTransport(Server server, ServerConnector connector) {
    this.server = server;
    this.connector = connector;
  }

  /**
   * Starts listening.
   *
   * @throws UncheckedIOException if the address cannot be bound
   */
  public static HttpTransport start(InetAddress bindAddress, int port, Limits limits,
      RegistryHandler handler, ProtocolErrorHandler errors) {
    QueuedThreadPool threads = new QueuedThreadPool(IO_THREADS, 2);
    threads.setName("registry-server-http");
    Server server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setRequestHeaderSize(limits.maxHeaderBytes());
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(bindAddress.getHostAddress());
    connector.setPort(port);
    connector.setIdleTimeout(limits.idleTimeout().toMillis());
    connector.setAcceptQueueSize(128);
    server.addConnector(connector);
    NetworkConnectionLimit connectionLimit =
        new NetworkConnectionLimit(limits.maxConnections(), connector);
    // When full, silent connections get no longer than a request's headers before they close.
    connectionLimit.setEndPointIdleTimeout(
        Math.min(limits.idleTimeout().toMillis(), limits.headerTimeout().toMillis()));
    server.addBean(connectionLimit);
    server.addBean(new HeaderTimeouts(connector, limits.headerTimeout()));
    server.setHandler(new GracefulHandler(handler));
    server.setErrorHandler(errors);
    server.setStopTimeout(limits.stopTimeout().toMillis());
    server.setStopAtShutdown(false);
    try {
      server.start();
    } catch (Exception failed) {
      stopQuietly(server);
      IOException cause = failed instanceof IOException io ? io : new IOException(failed);
      throw new UncheckedIOException("cannot listen on " + bindAddress.getHostAddress() + ":"
          + port + ": " + failed.getMessage(), cause);
    }
    return new HttpTransport(server, connector);
  }

  /** Returns the port listened on. */
  public int port() {
    return connector.getLocalPort();
  }

  /**
   * Stops accepting, lets requests in progress finish (for at most the stop timeout), then
   * closes every connection.
   */
  public void stop() {
    stopQuietly(server);
  }

  private static void stopQuietly(Server server) {
    try {
      server.stop();
    } catch (TimeoutException graceOver) {
      // requests still in progress after the stop timeout: their connections are closed now
      System.getLogger(HttpTransport.class.getName()).log(System.Logger.Level.INFO,
          "stopped with requests still in progress after the stop timeout");
    } catch (Exception failed) {
      System.getLogger(HttpTransport.class.getName()).log(System.Logger.Level.WARNING,
          "stopping the HTTP server: " + failed);
    }
  }
}
