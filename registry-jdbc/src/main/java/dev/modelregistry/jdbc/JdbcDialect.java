package dev.modelregistry.jdbc;

/**
 * The databases the JDBC store speaks. A store finds the dialect from the connection's metadata
 * unless it is told one.
 */
public enum JdbcDialect {
  /**
   * H2 2.x, in a file or in memory. One process at a time may open an H2 file in embedded mode;
   * use H2's server mode ({@code AUTO_SERVER=TRUE}) or PostgreSQL for several processes.
   */
  H2("h2"),

  /** PostgreSQL 12 or later: several processes may share one registry. */
  POSTGRESQL("postgresql");

  private final String folder;

  JdbcDialect(String folder) {
    this.folder = folder;
  }

  /**
   * Returns the classpath folder of this dialect's schema scripts, e.g.
   * {@code dev/modelregistry/jdbc/schema/postgresql}: scripts {@code V1__create.sql},
   * {@code V2__...} to apply in order, with the placeholders {@code ${schema}} (empty or a schema
   * name followed by a dot) and {@code ${prefix}} (the table prefix), as Flyway and Liquibase
   * write placeholders.
   */
  public String schemaScriptFolder() {
    return "dev/modelregistry/jdbc/schema/" + folder;
  }

  /**
   * Returns the dialect of a database product name as JDBC reports it.
   *
   * @throws IllegalArgumentException if the product is not supported; the message names the
   *     supported ones
   */
  public static JdbcDialect fromProductName(String productName) {
    if (productName.equalsIgnoreCase("H2")) {
      return H2;
    }
    if (productName.equalsIgnoreCase("PostgreSQL")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException("The JDBC store supports H2 and PostgreSQL, not '"
        + productName + "'");
  }
}
