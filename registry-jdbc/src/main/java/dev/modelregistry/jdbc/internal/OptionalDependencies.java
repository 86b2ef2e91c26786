package dev.modelregistry.jdbc.internal;

import dev.modelregistry.api.StorageException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The one place that decides whether the optional dependencies of registry-jdbc a store needs are
 * on the class path, checked before any class that uses them is loaded. registry-jdbc declares H2,
 * HikariCP and the PostgreSQL driver optional: a store over the application's own
 * {@link javax.sql.DataSource} needs none of them, a store opened from a JDBC URL needs HikariCP
 * and the URL's driver. Without this check, a missing jar surfaces as a
 * {@link NoClassDefFoundError} from deep inside the store or as HikariCP's "Failed to get driver
 * instance", neither of which says what to add.
 */
public final class OptionalDependencies {
  /**
   * An optional dependency: its Maven coordinates and a class it ships.
   *
   * <p>The versions are those the parent pom manages ({@code h2.version}, {@code hikaricp.version},
   * {@code postgresql.version}), written here and nowhere else in the code, for the messages only.
   * {@code OptionalDependenciesTest} compares them with the pom's properties (surefire hands them
   * to it), so a version bump that forgets this file fails the build. Hard-coded rather than read
   * from a filtered resource: the parent pom's {@code <resources>} would have to be repeated in
   * this module, and a class compiled by an IDE alone would then carry {@code ${h2.version}}.
   */
  public enum Dependency {
    H2("com.h2database", "h2", "2.5.252", "org.h2.Driver", "the H2 database"),
    HIKARI_CP("com.zaxxer", "HikariCP", "6.3.3", "com.zaxxer.hikari.HikariDataSource",
        "the connection pool of a store opened from a JDBC URL"),
    POSTGRESQL("org.postgresql", "postgresql", "42.7.14", "org.postgresql.Driver",
        "the PostgreSQL JDBC driver");

    private final String groupId;
    private final String artifactId;
    private final String version;
    private final String probeClass;
    private final String role;

    Dependency(String groupId, String artifactId, String version, String probeClass,
        String role) {
      this.groupId = groupId;
      this.artifactId = artifactId;
      this.version = version;
      this.probeClass = probeClass;
      this.role = role;
    }

    /** {@code groupId:artifactId:version}, as a user adds it. */
    public String coordinates() {
      return groupId + ":" + artifactId + ":" + version;
    }

    public String version() {
      return version;
    }
  }

  private OptionalDependencies() {}

  /**
   * Checks that a store opened from {@code url} finds its pool and, for an H2 or PostgreSQL URL,
   * its driver. Other drivers are the caller's business: the store knows no coordinates for them.
   *
   * @throws StorageException naming the Maven coordinates of every missing dependency
   */
  public static void requireForUrl(String url) {
    List<Dependency> needed = new ArrayList<>();
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:h2:")) {
      needed.add(Dependency.H2);
    } else if (lower.startsWith("jdbc:postgresql:")) {
      needed.add(Dependency.POSTGRESQL);
    }
    needed.add(Dependency.HIKARI_CP);
    List<Dependency> missing = new ArrayList<>();
    @Nullable ClassNotFoundException first = null;
    for (Dependency dependency : needed) {
      ClassNotFoundException absent = probe(dependency);
      if (absent != null) {
        missing.add(dependency);
        first = first == null ? absent : first;
      }
    }
    if (first != null) {
      throw new StorageException(message(scheme(url), missing), first);
    }
  }

  private static @Nullable ClassNotFoundException probe(Dependency dependency) {
    ClassLoader own = OptionalDependencies.class.getClassLoader();
    try {
      Class.forName(dependency.probeClass, false, own);
      return null;
    } catch (ClassNotFoundException | LinkageError e) {
      ClassLoader context = Thread.currentThread().getContextClassLoader();
      if (context != null && context != own) {
        try {
          Class.forName(dependency.probeClass, false, context);
          return null;
        } catch (ClassNotFoundException | LinkageError ignored) {
          // absent there too
        }
      }
      return e instanceof ClassNotFoundException cnf ? cnf
          : new ClassNotFoundException(dependency.probeClass, e);
    }
  }

  /** The URL's {@code jdbc:subprotocol:}, the only part of it a message repeats (no secrets). */
  private static String scheme(String url) {
    int second = url.indexOf(':', url.indexOf(':') + 1);
    return second < 0 ? "JDBC" : url.substring(0, second + 1);
  }

  static String message(String scheme, List<Dependency> missing) {
    String list = missing.stream()
        .map(dependency -> dependency.coordinates() + " (" + dependency.role + ")")
        .collect(Collectors.joining(" and "));
    String what = scheme.equalsIgnoreCase("jdbc:h2:")
        ? "A registry store in H2 (JdbcRegistryStore.embedded, inMemory or a jdbc:h2: URL)"
        : "A registry store opened from a " + scheme + " URL";
    return what + " needs " + list + " on the class path, which registry-jdbc declares optional:"
        + " add " + (missing.size() == 1 ? "it" : "them") + " to the application's dependencies."
        + (missing.contains(Dependency.H2) ? ""
            : " A store over the application's own DataSource, JdbcRegistryStore.builder("
            + "DataSource), needs no pool.");
  }
}
