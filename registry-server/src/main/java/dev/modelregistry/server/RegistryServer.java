package dev.modelregistry.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.core.ArnSettings;
import dev.modelregistry.core.ModelRegistries;
import dev.modelregistry.core.spi.RegistryStore;
import dev.modelregistry.server.internal.Authenticator;
import dev.modelregistry.server.internal.BodyReader;
import dev.modelregistry.server.internal.CallerContext;
import dev.modelregistry.server.internal.InFlightRequests;
import dev.modelregistry.server.internal.ProtocolHandler;
import dev.modelregistry.server.internal.RequestExecutor;
import dev.modelregistry.server.internal.RequestReader;
import dev.modelregistry.server.internal.SageMakerOperations;
import dev.modelregistry.server.internal.WireJson;
import java.io.IOException;
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
 * <p>Built on the JDK's {@code com.sun.net.httpserver.HttpServer} with a bounded pool of request
 * threads. Unless they are set already, it sets that server's system properties for TCP_NODELAY
 * ({@code sun.net.httpserver.nodelay=true}) and for a request's and a response's longest time
 * ({@code sun.net.httpserver.maxReqTime} and {@code maxRspTime}, 120 seconds), so that a slow
 * client cannot hold a request thread forever. Listens on the loopback address unless told otherwise; with access keys it verifies
 * AWS Signature Version 4 on every request and records the signing key's id as the caller
 * ({@code CreatedBy}, {@code LastModifiedBy}, history). {@link #close()} stops it; the store is
 * the caller's to close.
 */
public final class RegistryServer implements AutoCloseable {
  static {
    // The JDK server reads these system properties once, when it first starts; each is set here
    // unless chosen already.
    // Its response headers and body go out in separate writes; without TCP_NODELAY, Nagle's
    // algorithm and the client's delayed ACK hold back every response on a kept-alive
    // connection by about 40 ms (boto3: 56 ms per call instead of 15).
    defaultProperty("sun.net.httpserver.nodelay", "true");
    // Without a limit, a client that sends a request slowly (or never finishes it) holds a
    // request thread forever. The limits (seconds, from the first byte of a request until its
    // response starts, and for sending the response) are far above any registry call.
    defaultProperty("sun.net.httpserver.maxReqTime", "120");
    defaultProperty("sun.net.httpserver.maxRspTime", "120");
  }

  private static void defaultProperty(String name, String value) {
    if (System.getProperty(name) == null) {
      System.setProperty(name, value);
    }
  }

  private final HttpServer http;
  private final ThreadPoolExecutor pool;
  private final InFlightRequests inFlight;
  private final Duration stopGrace;
  private final boolean authenticating;

  private RegistryServer(HttpServer http, ThreadPoolExecutor pool, InFlightRequests inFlight,
      Duration stopGrace, boolean authenticating) {
    this.http = http;
    this.pool = pool;
    this.inFlight = inFlight;
    this.stopGrace = stopGrace;
    this.authenticating = authenticating;
  }

  /** Returns a builder for a server over {@code store}. */
  public static Builder builder(RegistryStore store) {
    return new Builder(store);
  }

  /** Returns the address the server listens on, with the actual port. */
  public InetSocketAddress address() {
    return http.getAddress();
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
   * Lets requests in progress finish (for at most the grace period), then stops listening and
   * stops the request threads. Requests that arrive meanwhile are still served.
   */
  @Override
  public void close() {
    try {
      inFlight.awaitIdle(stopGrace);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    http.stop(0);
    pool.shutdown();
    try {
      // A request that started just before the listener stopped still finishes, so that whoever
      // closes the store next does not pull it from under a running write.
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

    /** The number of request threads (default {@value #DEFAULT_THREADS}). */
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

    /** How long {@link #close()} waits at most for requests in progress (default 1 s). */
    public Builder stopGracePeriod(Duration stopGrace) {
      if (stopGrace.isNegative()) {
        throw new IllegalArgumentException("the grace period cannot be negative");
      }
      this.stopGrace = stopGrace;
      return this;
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
      InFlightRequests inFlight = new InFlightRequests();
      ProtocolHandler handler = new ProtocolHandler(
          new SageMakerOperations(registry, new RequestReader(mapper)).byName(),
          authenticator, callers, new BodyReader(maxRequestBytes), mapper, inFlight);
      ThreadPoolExecutor pool = RequestExecutor.newPool(threads, threads * 16);
      HttpServer http;
      try {
        http = HttpServer.create(new InetSocketAddress(bindAddress, port), 128);
      } catch (IOException bindFailed) {
        pool.shutdown();
        throw new UncheckedIOException("cannot listen on " + bindAddress.getHostAddress() + ":"
            + port + ": " + bindFailed.getMessage(), bindFailed);
      }
      http.createContext("/", handler);
      http.setExecutor(pool);
      http.start();
      return new RegistryServer(http, pool, inFlight, stopGrace, authenticating);
    }
  }
}
