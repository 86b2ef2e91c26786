package dev.modelregistry.server.internal;

import dev.modelregistry.server.AccessKey;
import java.util.List;

/**
 * The server's command-line settings.
 *
 * @param help whether only the usage was asked for
 * @param bindAddress the address to listen on
 * @param port the port, 0 for any free one
 * @param store the store specification, e.g. {@code memory}
 * @param accessKeys the accepted access keys; empty for no authentication
 * @param allowUnauthenticated whether a non-loopback address may be used without keys
 * @param region the region in ARNs
 * @param account the account in ARNs
 * @param threads the number of request threads
 * @param maxRequestBytes the largest request body
 */
public record ServerOptions(
    boolean help,
    String bindAddress,
    int port,
    String store,
    List<AccessKey> accessKeys,
    boolean allowUnauthenticated,
    String region,
    String account,
    int threads,
    int maxRequestBytes) {

  public ServerOptions {
    accessKeys = List.copyOf(accessKeys);
  }
}
