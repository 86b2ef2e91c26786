package dev.modelregistry.server.internal;

import dev.modelregistry.core.ArnSettings;
import dev.modelregistry.server.AccessKey;
import dev.modelregistry.server.RegistryServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parses the server's command line. Access keys also come from the environment variable
 * {@value #ACCESS_KEYS_VARIABLE} ({@code ID:SECRET}, several separated by commas), which keeps
 * secrets out of the process list.
 */
public final class ServerCommandLine {
  /** The environment variable with access keys. */
  public static final String ACCESS_KEYS_VARIABLE = "MODEL_REGISTRY_ACCESS_KEYS";
  /** The environment variable with the password of {@code --jdbc-user}. */
  public static final String JDBC_PASSWORD_VARIABLE = "MODEL_REGISTRY_JDBC_PASSWORD";

  /** How long requests in progress get to finish on SIGTERM, unless {@code --stop-timeout} says. */
  public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(10);

  /** The usage text. */
  public static final String USAGE = """
      Usage: java -jar registry-server-all.jar [options]
        --bind ADDRESS           address to listen on (default 127.0.0.1)
        --port PORT              port to listen on; 0 picks a free one (default 8080)
        --store SPEC             where the registry is kept (default h2:registry-data):
                                   h2:DIRECTORY  an H2 file in DIRECTORY (created if missing);
                                                 survives restarts, one server at a time
                                   memory        in this process; lost when the server stops
        --jdbc-url URL           keep the registry in this database instead, e.g.
                                 jdbc:postgresql://db:5432/models (several servers may share it)
        --jdbc-user USER         the database user; its password from the environment variable
                                 MODEL_REGISTRY_JDBC_PASSWORD
        --access-key ID:SECRET   accept requests signed (AWS Signature Version 4) with this
                                 key; repeatable. Also from the environment variable
                                 MODEL_REGISTRY_ACCESS_KEYS=ID:SECRET[,ID:SECRET...].
                                 Without keys, requests are not authenticated.
        --allow-unauthenticated  allow a --bind address other than loopback without keys
        --region REGION          region in the registry's ARNs (default us-east-1)
        --account ACCOUNT        12-digit account in the registry's ARNs (default 000000000000)
        --threads N              threads that run operations (default 16)
        --max-request-bytes N    largest request body (default 2097152)
        --max-header-bytes N     largest request line plus headers (default 8192);
                                 longer: 414 or 431
        --max-connections N      most connections open at once (default 1024)
        --header-timeout SECONDS time a request's line and headers may take (default 10)
        --body-timeout SECONDS   time a request's body may take (default 30)
        --idle-timeout SECONDS   time a connection may stay silent (default 30)
        --stop-timeout SECONDS   on SIGTERM, time requests in progress get to finish
                                 before the server exits (default 10)
        --help                   print this text
      """;

  private ServerCommandLine() {}

  /**
   * Parses arguments and environment.
   *
   * @throws IllegalArgumentException with a message for the user if they are invalid
   */
  public static ServerOptions parse(String[] args, Map<String, String> environment) {
    boolean help = false;
    String bind = "127.0.0.1";
    int port = RegistryServer.Builder.DEFAULT_PORT;
    @Nullable String store = null;
    @Nullable String jdbcUrl = null;
    @Nullable String jdbcUser = null;
    List<AccessKey> keys = new ArrayList<>();
    boolean allowUnauthenticated = false;
    String region = ArnSettings.DEFAULT.region();
    String account = ArnSettings.DEFAULT.account();
    int threads = RegistryServer.Builder.DEFAULT_THREADS;
    int maxRequestBytes = RegistryServer.Builder.DEFAULT_MAX_REQUEST_BYTES;
    int maxHeaderBytes = RegistryServer.Builder.DEFAULT_MAX_HEADER_BYTES;
    int maxConnections = RegistryServer.Builder.DEFAULT_MAX_CONNECTIONS;
    Duration headerTimeout = RegistryServer.Builder.DEFAULT_HEADER_TIMEOUT;
    Duration bodyTimeout = RegistryServer.Builder.DEFAULT_BODY_TIMEOUT;
    Duration idleTimeout = RegistryServer.Builder.DEFAULT_IDLE_TIMEOUT;
    Duration stopTimeout = DEFAULT_STOP_TIMEOUT;

    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      switch (option) {
        case "--help", "-h" -> help = true;
        case "--allow-unauthenticated" -> allowUnauthenticated = true;
        case "--bind" -> bind = value(args, ++i, option);
        case "--port" -> port = integer(value(args, ++i, option), option);
        case "--store" -> store = value(args, ++i, option);
        case "--jdbc-url" -> jdbcUrl = value(args, ++i, option);
        case "--jdbc-user" -> jdbcUser = value(args, ++i, option);
        case "--access-key" -> keys.add(accessKey(value(args, ++i, option), option));
        case "--region" -> region = value(args, ++i, option);
        case "--account" -> account = value(args, ++i, option);
        case "--threads" -> threads = integer(value(args, ++i, option), option);
        case "--max-request-bytes" -> maxRequestBytes = integer(value(args, ++i, option), option);
        case "--max-header-bytes" -> maxHeaderBytes = integer(value(args, ++i, option), option);
        case "--max-connections" -> maxConnections = integer(value(args, ++i, option), option);
        case "--header-timeout" -> headerTimeout = seconds(value(args, ++i, option), option, 1);
        case "--body-timeout" -> bodyTimeout = seconds(value(args, ++i, option), option, 1);
        case "--idle-timeout" -> idleTimeout = seconds(value(args, ++i, option), option, 1);
        case "--stop-timeout" -> stopTimeout = seconds(value(args, ++i, option), option, 0);
        default -> throw new IllegalArgumentException("unknown option '" + option + "'");
      }
    }
    String fromEnvironment = environment.get(ACCESS_KEYS_VARIABLE);
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      for (String key : fromEnvironment.split(",")) {
        keys.add(accessKey(key.strip(), ACCESS_KEYS_VARIABLE));
      }
    }
    if (store != null && jdbcUrl != null) {
      throw new IllegalArgumentException("give --store or --jdbc-url, not both");
    }
    if (jdbcUser != null && jdbcUrl == null) {
      throw new IllegalArgumentException("--jdbc-user needs --jdbc-url");
    }
    String jdbcPassword = environment.get(JDBC_PASSWORD_VARIABLE);
    if (jdbcPassword != null && jdbcUser == null && jdbcUrl != null) {
      throw new IllegalArgumentException(JDBC_PASSWORD_VARIABLE + " needs --jdbc-user");
    }
    return new ServerOptions(help, bind, port, store, jdbcUrl, jdbcUser,
        jdbcUser == null ? null : jdbcPassword, keys, allowUnauthenticated, region, account,
        threads, maxRequestBytes, new ServerOptions.HttpLimits(maxHeaderBytes, maxConnections,
            headerTimeout, bodyTimeout, idleTimeout, stopTimeout));
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }

  private static int integer(String text, String option) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException notANumber) {
      throw new IllegalArgumentException(option + " needs a number, not '" + text + "'");
    }
  }

  private static Duration seconds(String text, String option, int least) {
    int seconds = integer(text, option);
    if (seconds < least) {
      throw new IllegalArgumentException(option + " needs at least " + least + " seconds, not "
          + seconds);
    }
    return Duration.ofSeconds(seconds);
  }

  private static AccessKey accessKey(String text, String source) {
    try {
      return AccessKey.parse(text);
    } catch (IllegalArgumentException invalid) {
      // the message never repeats the text: it may hold a secret
      throw new IllegalArgumentException(source + ": " + invalid.getMessage());
    }
  }
}
