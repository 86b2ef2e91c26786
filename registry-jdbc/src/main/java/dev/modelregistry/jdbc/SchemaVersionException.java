package dev.modelregistry.jdbc;

import dev.modelregistry.api.ModelRegistryException;

/**
 * The database's registry schema does not fit this library: it is newer than the library (upgrade
 * the library), or, when the store only validates the schema, it is missing or older (apply the
 * scripts the message names).
 */
public class SchemaVersionException extends ModelRegistryException {
  private static final long serialVersionUID = 1L;

  private final int databaseVersion;
  private final int libraryVersion;

  /**
   * @param message what does not fit and what to do about it
   * @param databaseVersion the version recorded in the database, 0 if none
   * @param libraryVersion the version this library needs
   */
  public SchemaVersionException(String message, int databaseVersion, int libraryVersion) {
    super(message);
    this.databaseVersion = databaseVersion;
    this.libraryVersion = libraryVersion;
  }

  /** Returns the schema version recorded in the database, 0 if it has no registry schema. */
  public int databaseVersion() {
    return databaseVersion;
  }

  /** Returns the schema version this library needs. */
  public int libraryVersion() {
    return libraryVersion;
  }
}
