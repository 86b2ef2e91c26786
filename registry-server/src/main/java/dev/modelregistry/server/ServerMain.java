package dev.modelregistry.server;

import dev.modelregistry.core.ArnSettings;
import dev.modelregistry.server.internal.ServerCommandLine;
import dev.modelregistry.server.internal.ServerOptions;
import dev.modelregistry.server.internal.StoreFactory;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * Runs the server from the command line ({@code java -jar registry-server-all.jar --help} lists
 * the options): prints the address it listens on, then serves until the process is stopped; on
 * SIGTERM or Ctrl-C it stops accepting, lets requests in progress finish (for at most
 * {@code --stop-timeout}, however slow their clients), closes the store and exits.
 */
public final class ServerMain {
  /** What the start-up line begins with, followed by the endpoint URL. */
  public static final String LISTENING = "Listening on ";

  /**
   * Jetty's logger, kept: java.util.logging holds loggers weakly, and a collected logger would
   * forget its level.
   */
  private static final Logger JETTY_LOG = Logger.getLogger("org.eclipse.jetty");

  private ServerMain() {}

  /** Starts the server; exits with status 2 on a usage error, 1 if the server cannot start. */
  public static void main(String[] args) {
    ServerOptions options;
    try {
      options = ServerCommandLine.parse(args, System.getenv());
    } catch (IllegalArgumentException usage) {
      System.err.println("registry-server: " + StoreFactory.withoutSecrets(
          String.valueOf(usage.getMessage()),
          System.getenv(ServerCommandLine.JDBC_PASSWORD_VARIABLE)));
      System.err.print(ServerCommandLine.USAGE);
      System.exit(2);
      return;
    }
    if (options.help()) {
      System.out.print(ServerCommandLine.USAGE);
      return;
    }
    if (System.getProperty("java.util.logging.config.file") == null) {
      // Jetty's start and stop banners at INFO would bury the server's own start-up line; its
      // warnings still show. A logging configuration file decides otherwise.
      JETTY_LOG.setLevel(Level.WARNING);
    }
    try {
      start(options, System.out);
    } catch (RuntimeException cannotStart) {
      // The store's errors are redacted already; the server's own might quote a URL.
      System.err.println("registry-server: " + StoreFactory.withoutSecrets(
          String.valueOf(cannotStart.getMessage()), options.jdbcPassword()));
      System.exit(1);
    }
  }

  private static void start(ServerOptions options, PrintStream out) {
    String jdbcUrl = options.jdbcUrl();
    StoreFactory.OpenedStore store = jdbcUrl != null
        ? StoreFactory.openJdbc(jdbcUrl, options.jdbcUser(), options.jdbcPassword())
        : StoreFactory.open(Objects.requireNonNullElse(options.store(), StoreFactory.DEFAULT));
    RegistryServer.Builder builder = RegistryServer.builder(store.store())
        .bindAddress(address(options.bindAddress()))
        .port(options.port())
        .allowUnauthenticated(options.allowUnauthenticated())
        .arnSettings(new ArnSettings(ArnSettings.DEFAULT.partition(), options.region(),
            options.account()))
        .threads(options.threads())
        .maxRequestBytes(options.maxRequestBytes())
        .maxHeaderBytes(options.httpLimits().maxHeaderBytes())
        .maxConnections(options.httpLimits().maxConnections())
        .headerTimeout(options.httpLimits().headerTimeout())
        .bodyTimeout(options.httpLimits().bodyTimeout())
        .idleTimeout(options.httpLimits().idleTimeout())
        // On SIGTERM, requests in progress get this long to finish before the store is closed.
        .stopGracePeriod(options.httpLimits().stopTimeout());
    options.accessKeys().forEach(builder::addAccessKey);
    RegistryServer server;
    try {
      server = builder.start();
    } catch (RuntimeException failed) {
      closeQuietly(store, options.jdbcPassword());
      throw failed;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      closeQuietly(store, options.jdbcPassword());
      out.println("Stopped.");
      out.flush();
    }, "registry-server-shutdown"));
    out.println(LISTENING + server.endpoint() + " (store: " + store.description()
        + "; authentication: " + (server.authenticates()
            ? "AWS Signature Version 4, " + keys(options.accessKeys().size())
            : "none") + ")");
    out.flush();
  }

  private static String keys(int count) {
    return count + (count == 1 ? " access key" : " access keys");
  }

  private static InetAddress address(String host) {
    try {
      return InetAddress.getByName(host);
    } catch (UnknownHostException unknown) {
      throw new IllegalArgumentException("--bind: unknown address '" + host + "'", unknown);
    }
  }

  private static void closeQuietly(StoreFactory.OpenedStore store, @Nullable String password) {
    try {
      store.closer().close();
    } catch (Exception failure) {
      System.err.println("registry-server: closing the store failed: "
          + StoreFactory.withoutSecrets(String.valueOf(failure), password));
    }
  }
}
