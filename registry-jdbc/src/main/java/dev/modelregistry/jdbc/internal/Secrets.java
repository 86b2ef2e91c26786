package dev.modelregistry.jdbc.internal;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one rule that keeps database passwords out of every message, log line and exception text
 * the registry makes or passes on: the value of any {@code ...password=} setting, in any case
 * ({@code ?password=} and {@code &sslpassword=} of a PostgreSQL URL, H2's {@code ;PASSWORD=}, a
 * pool's {@code password=} property), and the password of {@code user:password@host} (with or
 * without the {@code //} of a URL before it, as drivers repeat the host), become {@value #MASK}.
 * A value ends at {@code &}, {@code ;}, a quote or white space: a text is rather redacted too
 * much than too little.
 *
 * <p>Exceptions from drivers and pools cannot be edited; {@link #redact(Throwable)} returns a
 * copy of a cause chain with the messages redacted, keeping each SQL exception's state and error
 * code, whenever a message of the chain holds a password, and the chain itself otherwise.
 */
public final class Secrets {
  /** What a password is replaced with. */
  public static final String MASK = "****";

  private static final Pattern SETTING =
      Pattern.compile("(?i)([a-z_.]*password\\s*=\\s*)[^&;\\s\"'<>]+");
  /**
   * {@code user:password@} before a host. The password runs to the last {@code @} before a host
   * name and may hold unencoded {@code @} and single {@code /} (never {@code //}, which would
   * take in a scheme such as {@code jdbc:postgresql://}).
   */
  private static final Pattern USER_INFO =
      Pattern.compile("(?<![\\w.%+-])([\\w.%+-]+):(?:[^\\s/]|/(?!/))+@(?=[\\w\\[])");

  private static final Pattern URL_SETTING =
      Pattern.compile("([?&;])([A-Za-z_.]*password)=([^&;]*)", Pattern.CASE_INSENSITIVE);

  private Secrets() {}

  /**
   * A JDBC URL without its password settings, and those settings (name as the URL spells it, to
   * value): a pool and a driver that never see a password cannot print it in a message or a log.
   */
  public record SplitUrl(String url, Map<String, String> secrets) {
    /** Returns the value of the {@code password} setting, in any case, if the URL had one. */
    public Optional<String> password() {
      return secrets.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("password"))
          .map(Map.Entry::getValue).findFirst();
    }
  }

  /**
   * Takes the password settings out of a JDBC URL ({@code ?password=}, {@code &sslpassword=},
   * {@code ;PASSWORD=}, ...).
   *
   * @throws IllegalArgumentException if the URL has {@code user:password@} before its host, a
   *     form JDBC drivers do not read
   */
  public static SplitUrl split(String url) {
    if (hasUserInfoBeforeHost(url)) {
      throw new IllegalArgumentException("The JDBC URL " + redact(url) + " has a user and"
          + " password before its host, which JDBC drivers do not read: give them to the store"
          + " as its credentials instead.");
    }
    Map<String, String> secrets = new LinkedHashMap<>();
    StringBuilder rest = new StringBuilder();
    Matcher matcher = URL_SETTING.matcher(url);
    int copied = 0;
    while (matcher.find()) {
      secrets.put(matcher.group(2), matcher.group(3));
      rest.append(url, copied, matcher.start());
      copied = matcher.end();
      if (matcher.group(1).equals("?")) {
        // keep the '?' for the parameters after this one, dropping their '&'
        rest.append('?');
        if (copied < url.length() && url.charAt(copied) == '&') {
          copied++;
        }
      }
    }
    rest.append(url, copied, url.length());
    String withoutSecrets = rest.toString();
    if (withoutSecrets.endsWith("?")) {
      withoutSecrets = withoutSecrets.substring(0, withoutSecrets.length() - 1);
    }
    return new SplitUrl(withoutSecrets, Map.copyOf(secrets));
  }

  /** Whether a URL has {@code //user:password@host}, as {@link #redact(String)} finds it. */
  private static boolean hasUserInfoBeforeHost(String url) {
    Matcher matcher = USER_INFO.matcher(url);
    while (matcher.find()) {
      if (url.startsWith("//", matcher.start() - 2)) {
        return true;
      }
    }
    return false;
  }

  /** Returns a text with every password it holds replaced by {@value #MASK}. */
  public static String redact(String text) {
    String settings = SETTING.matcher(text).replaceAll("$1" + MASK);
    return USER_INFO.matcher(settings).replaceAll("$1:" + MASK + "@");
  }

  /**
   * Returns {@link #redact(String) redact(text)} with every occurrence of a password known to the
   * caller (one given apart from the URL) replaced by {@value #MASK} too, wherever it stands.
   */
  public static String redact(String text, @Nullable String knownPassword) {
    String redacted = redact(text);
    return knownPassword == null || knownPassword.isEmpty()
        ? redacted
        : redacted.replace(knownPassword, MASK);
  }

  /**
   * Returns an exception and its causes as they are if none of their messages holds a password,
   * else a copy of the chain with redacted messages (each copy's text names the original
   * exception's class, and SQL exceptions keep their SQL state and error code).
   */
  public static Throwable redact(Throwable failure) {
    return holdsSecret(failure, 0) ? copy(failure, 0) : failure;
  }

  private static boolean holdsSecret(@Nullable Throwable failure, int depth) {
    if (failure == null || depth > 20) {
      return false;
    }
    String message = failure.getMessage();
    if (message != null && !redact(message).equals(message)) {
      return true;
    }
    for (Throwable suppressed : failure.getSuppressed()) {
      if (holdsSecret(suppressed, depth + 1)) {
        return true;
      }
    }
    return failure.getCause() != failure && holdsSecret(failure.getCause(), depth + 1);
  }

  private static Throwable copy(Throwable failure, int depth) {
    String message = failure.getMessage() == null ? null : redact(failure.getMessage());
    Throwable copy = failure instanceof SQLException sql
        ? new SQLException(failure.getClass().getName() + ": " + message, sql.getSQLState(),
            sql.getErrorCode())
        : new RedactedException(failure.getClass().getName() + ": " + message);
    copy.setStackTrace(failure.getStackTrace());
    Throwable cause = failure.getCause();
    if (cause != null && cause != failure && depth < 20) {
      copy.initCause(copy(cause, depth + 1));
    }
    for (Throwable suppressed : failure.getSuppressed()) {
      if (depth < 20) {
        copy.addSuppressed(copy(suppressed, depth + 1));
      }
    }
    return copy;
  }

  /** Stands in for an exception whose message held a password. */
  static final class RedactedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RedactedException(String message) {
      super(message);
    }

    /** The message alone: it starts with the original exception's class. */
    @Override
    public String toString() {
      return String.valueOf(getMessage());
    }
  }
}
