package dev.modelregistry.server.internal;

import dev.modelregistry.server.AccessKey;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The server's command-line settings.
 *
 * @param help whether only the usage was asked for
 * @param bindAddress the address to listen on
 * @param port the port, 0 for any free one
 * @param store the store specification ({@code memory}, {@code h2:DIRECTORY}), or {@code null}
 *     when not given
 * @param jdbcUrl a JDBC URL to open instead, or {@code null}
 * @param jdbcUser the database user for {@code jdbcUrl}, or {@code null}
 * @param jdbcPassword the database password for {@code jdbcUrl}, or {@code null}
 * @param accessKeys the accepted access keys; empty for no authentication
 * @param allowUnauthenticated whether a non-loopback address may be used without keys
 * @param region the region in ARNs
 * @param account the account in ARNs
 * @param threads the number of request threads
 * @param maxRequestBytes the largest request body
 * @param httpLimits the HTTP layer's limits and the stop timeout
 */
public record ServerOptions(
    boolean help,
    String bindAddress,
    int port,
    @Nullable String store,
    @Nullable String jdbcUrl,
    @Nullable String jdbcUser,
    @Nullable String jdbcPassword,
    List<AccessKey> accessKeys,
    boolean allowUnauthenticated,
    String region,
    String account,
    int threads,
    int maxRequestBytes,
    HttpLimits httpLimits) {

  public ServerOptions {
    accessKeys = List.copyOf(accessKeys);
  }

  /**
   * The HTTP layer's limits, as {@link dev.modelregistry.server.RegistryServer.Builder} takes them.
   *
   * @param maxHeaderBytes the largest request line plus headers
   * @param maxConnections the most connections open at once
   * @param headerTimeout the time a request's line and headers may take
   * @param bodyTimeout the time a request's body may take
   * @param idleTimeout the time a connection may stay silent
   * @param stopTimeout the time requests in progress get to finish on SIGTERM
   */
  public record HttpLimits(int maxHeaderBytes, int maxConnections, Duration headerTimeout,
                           Duration bodyTimeout, Duration idleTimeout, Duration stopTimeout) {}

  /** Returns the settings without the database password (access keys print their ids only). */
  @Override
  public String toString() {
    return "ServerOptions[bindAddress=" + bindAddress + ", port=" + port + ", store=" + store
        + ", jdbcUrl=" + (jdbcUrl == null ? null : StoreFactory.withoutSecrets(jdbcUrl))
        + ", jdbcUser=" + jdbcUser + ", accessKeys=" + accessKeys + "]";
  }
}
