package dev.modelregistry.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.core.ArnSettings;
import dev.modelregistry.core.ModelRegistries;
import dev.modelregistry.core.spi.RegistryStore;
import dev.modelregistry.server.internal.Authenticator;
import dev.modelregistry.server.internal.CallerContext;
import dev.modelregistry.server.internal.HttpTransport;
import dev.modelregistry.server.internal.ProtocolErrorHandler;
import dev.modelregistry.server.internal.ProtocolHandler;
import dev.modelregistry.server.internal.RegistryHandler;
import dev.modelregistry.server.internal.RequestExecutor;
import dev.modelregistry.server.internal.RequestReader;
import dev.modelregistry.server.internal.SageMakerOperations;
import dev.modelregistry.server.internal.WireJson;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * A running registry behind SageMaker's HTTP API: point boto3 or the AWS CLI at
 * {@link #endpoint()} and call the model-registry operations of {@code sagemaker}.
 *
 * <pre>{@code
 * try (RegistryServer server = RegistryServer.builder(new InMemoryRegistryStore())
 *     .port(0)
 *     .addAccessKey(new AccessKey("AKIDEXAMPLE", "secret"))
 *     .start()) {
 *   System.out.println("listening on " + server.endpoint());
 * }
 * }</pre>
 *
 * <p>Built on Jetty's core HTTP server (no servlet container). Connections are read
 * asynchronously: a client that sends its request slowly, or nothing at all, holds a connection
 * and a buffer but no thread, so hundreds of them do not delay anyone else. Operations run on a
 * bounded pool of {@linkplain Builder#threads request threads}. The HTTP layer's limits all have
 * safe defaults and are settable on the {@link Builder}: the size of a request line plus headers
 * (larger: 414 or 431), the time a request's headers and its body may take to arrive, how long a
 * connection may stay silent, and the number of connections open at once.
 *
 * <p>Listens on the loopback address unless told otherwise; with access keys it verifies AWS
 * Signature Version 4 on every request and records the signing key's id as the caller
 * ({@code CreatedBy}, {@code LastModifiedBy}, history). {@link #close()} stops it; the store is
 * the caller's to close.
 */
public final class RegistryServer implements AutoCloseable {
  private final HttpTransport http;
  private final ThreadPoolExecutor pool;
  private final InetAddress bindAddress;
  private final Duration stopGrace;
  private final boolean authenticating;

  private RegistryServer(HttpTransport http, ThreadPoolExecutor pool, InetAddress bindAddress,
      Duration stopGrace, boolean authenticating) {
    this.http = http;
    this.pool = pool;
    this.bindAddress = bindAddress;
    this.stopGrace = stopGrace;
    this.authenticating = authenticating;
  }

  /** Returns a builder for a server over {@code store}. */
  public static Builder builder(RegistryStore store) {
    return new Builder(store);
  }

  /** Returns the address the server listens on, with the actual port. */
  public InetSocketAddress address() {
    return new InetSocketAddress(bindAddress, http.port());
  }

  /** Returns the endpoint URL to give clients, e.g. {@code http://127.0.0.1:8080}. */
  public URI endpoint() {
    InetAddress host = address().getAddress();
    String literal = host instanceof Inet6Address
        ? "[" + host.getHostAddress() + "]"
        : host.getHostAddress();
    return URI.create("http://" + literal + ":" + address().getPort());
  }

  /** Returns whether requests must be signed with one of the configured access keys. */
  public boolean authenticates() {
    return authenticating;
  }

  /**
   * Stops accepting connections, lets requests in progress finish (for at most the
   * {@linkplain Builder#stopGracePeriod stop grace period}, also while a client is still sending
   * one), then closes every connection and stops the request threads. Returns within about
   * twice the grace period, however slow the clients are.
   */
  @Override
  public void close() {
    http.stop();
    pool.shutdown();
    try {
      // An operation still running when the connections closed finishes, so that whoever closes
      // the store next does not pull it from under a running write.
      if (!pool.awaitTermination(Math.max(1, stopGrace.toMillis()), TimeUnit.MILLISECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException interrupted) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** Settings of a server; every one has a default. */
  public static final class Builder {
    /** The default port. */
    public static final int DEFAULT_PORT = 8080;
    /** The default largest request body: 2 MiB. */
    public static final int DEFAULT_MAX_REQUEST_BYTES = 2 * 1024 * 1024;
    /** The default number of request threads. */
    public static final int DEFAULT_THREADS = 16;
    /** The default largest request line plus headers: 8 KiB. */
    public static final int DEFAULT_MAX_HEADER_BYTES = 8 * 1024;
    /** The default most connections open at once. */
    public static final int DEFAULT_MAX_CONNECTIONS = 1024;
    /** The default time a request's line and headers may take to arrive: 10 s. */
    public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);
    /** The default time a request's body may take to arrive: 30 s. */
    public static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(30);
    /** The default time a connection may stay silent: 30 s. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

    private final RegistryStore store;
    private InetAddress bindAddress = InetAddress.getLoopbackAddress();
    private int port = DEFAULT_PORT;
    private final Map<String, String> secretsByKeyId = new LinkedHashMap<>();
    private boolean allowUnauthenticated;
    private int threads = DEFAULT_THREADS;
    private int maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
    private Clock clock = Clock.systemUTC();
    private ArnSettings arnSettings = ArnSettings.DEFAULT;
    private Duration stopGrace = Duration.ofSeconds(1);
    private int maxHeaderBytes = DEFAULT_MAX_HEADER_BYTES;
    private int maxConnections = DEFAULT_MAX_CONNECTIONS;
    private Duration headerTimeout = DEFAULT_HEADER_TIMEOUT;
    private Duration bodyTimeout = DEFAULT_BODY_TIMEOUT;
    private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;

    private Builder(RegistryStore store) {
      this.store = Objects.requireNonNull(store, "store");
    }

    /** The address to listen on (default: the loopback address, {@code 127.0.0.1}). */
    public Builder bindAddress(InetAddress bindAddress) {
      this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress");
      return this;
    }

    /** The port to listen on; 0 picks a free one (default {@value #DEFAULT_PORT}). */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535, not " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Accepts requests signed with {@code key}. With at least one key, every request must carry a
     * valid AWS Signature Version 4 by one of them.
     */
    public Builder addAccessKey(AccessKey key) {
      if (secretsByKeyId.putIfAbsent(key.id(), key.secret()) != null) {
        throw new IllegalArgumentException("access key " + key.id() + " is given twice");
      }
      return this;
    }

    /**
     * Allows listening on an address other than loopback without access keys, i.e. accepting
     * anyone who can reach it (default: refused).
     */
    public Builder allowUnauthenticated(boolean allow) {
      this.allowUnauthenticated = allow;
      return this;
    }

    /**
     * The number of threads that run operations (default {@value #DEFAULT_THREADS}); reading
     * and writing connections needs none of them.
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, not " + threads);
      }
      this.threads = threads;
      return this;
    }

    /** The largest request body accepted (default {@value #DEFAULT_MAX_REQUEST_BYTES} bytes). */
    public Builder maxRequestBytes(int maxRequestBytes) {
      if (maxRequestBytes < 1024) {
        throw new IllegalArgumentException("the body limit must be at least 1024 bytes");
      }
      this.maxRequestBytes = maxRequestBytes;
      return this;
    }

    /** The clock for the registry's timestamps and the signatures' time window (default UTC). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The partition, region and account of the ARNs (default {@link ArnSettings#DEFAULT}). */
    public Builder arnSettings(ArnSettings arnSettings) {
      this.arnSettings = Objects.requireNonNull(arnSettings, "arnSettings");
      return this;
    }

    /**
     * How long {@link #close()} waits at most for requests in progress (default 1 s); zero stops
     * at once.
     */
    public Builder stopGracePeriod(Duration stopGrace) {
      if (stopGrace.isNegative()) {
        throw new IllegalArgumentException("the grace period cannot be negative");
      }
      this.stopGrace = stopGrace;
      return this;
    }

    /**
     * The largest request line plus headers (default {@value #DEFAULT_MAX_HEADER_BYTES} bytes);
     * a longer request line is answered 414, longer headers 431.
     */
    public Builder maxHeaderBytes(int maxHeaderBytes) {
      if (maxHeaderBytes < 1024) {
        throw new IllegalArgumentException("the header limit must be at least 1024 bytes");
      }
      this.maxHeaderBytes = maxHeaderBytes;
      return this;
    }

    /**
     * The most connections open at once (default {@value #DEFAULT_MAX_CONNECTIONS}); further
     * ones wait in the operating system's accept queue, and while the limit is reached silent
     * connections are closed after the header timeout.
     */
    public Builder maxConnections(int maxConnections) {
      if (maxConnections < 1) {
        throw new IllegalArgumentException("maxConnections must be at least 1, not "
            + maxConnections);
      }
      this.maxConnections = maxConnections;
      return this;
    }

    /**
     * How long a request's line and headers may take to arrive from their first byte (default
     * 10 s); then the connection is closed.
     */
    public Builder headerTimeout(Duration headerTimeout) {
      this.headerTimeout = positive(headerTimeout, "header timeout");
      return this;
    }

    /**
     * How long a request's body may take to arrive, from the end of its headers (default 30 s);
     * then the request is answered 408 {@code RequestTimeoutException}.
     */
    public Builder bodyTimeout(Duration bodyTimeout) {
      this.bodyTimeout = positive(bodyTimeout, "body timeout");
      return this;
    }

    /**
     * How long a connection may stay silent, between requests or within one (default 30 s);
     * then it is closed.
     */
    public Builder idleTimeout(Duration idleTimeout) {
      this.idleTimeout = positive(idleTimeout, "idle timeout");
      return this;
    }

    private static Duration positive(Duration duration, String name) {
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("the " + name + " must be positive");
      }
      return duration;
    }

    /**
     * Starts the server.
     *
     * @throws IllegalStateException if the address is not loopback, no access key is given and
     *     unauthenticated access was not allowed
     * @throws UncheckedIOException if the address cannot be bound (e.g. the port is taken)
     */
    public RegistryServer start() {
      boolean authenticating = !secretsByKeyId.isEmpty();
      if (!authenticating && !bindAddress.isLoopbackAddress() && !allowUnauthenticated) {
        throw new IllegalStateException("Refusing to listen on " + bindAddress.getHostAddress()
            + " without access keys: anyone who can reach it could change the registry. Give"
            + " access keys, or allow unauthenticated access explicitly.");
      }
      CallerContext callers = new CallerContext();
      ModelRegistry registry = ModelRegistries.builder(store)
          .clock(clock)
          .arnSettings(arnSettings)
          .callerIdentity(callers::current)
          .build();
      ObjectMapper mapper = WireJson.newObjectMapper();
      Authenticator authenticator = authenticating
          ? Authenticator.sigV4(secretsByKeyId, arnSettings.region(), clock)
          : Authenticator.anonymous();
      ProtocolHandler protocol = new ProtocolHandler(
          new SageMakerOperations(registry, new RequestReader(mapper)).byName(),
          authenticator, callers, mapper);
      ThreadPoolExecutor pool = RequestExecutor.newPool(threads, maxConnections);
      HttpTransport http;
      try {
        http = HttpTransport.start(bindAddress, port,
            new HttpTransport.Limits(maxHeaderBytes, headerTimeout, idleTimeout, maxConnections,
                stopGrace),
            new RegistryHandler(protocol, pool, maxRequestBytes, bodyTimeout),
            new ProtocolErrorHandler(protocol));
      } catch (RuntimeException cannotListen) {
        pool.shutdown();
        throw cannotListen;
      }
      return new RegistryServer(http, pool, bindAddress, stopGrace, authenticating);
    }
  }
}
