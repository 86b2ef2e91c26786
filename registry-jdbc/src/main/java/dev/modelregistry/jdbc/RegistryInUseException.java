package dev.modelregistry.jdbc;

import dev.modelregistry.api.StorageException;

/**
 * The registry's database is held by another process: an H2 file opened in embedded mode locks
 * the file to one process. To share a registry between processes, use PostgreSQL, or open the H2
 * file in server mode ({@code jdbc:h2:file:...;AUTO_SERVER=TRUE}, slower for every process but
 * the first).
 */
public class RegistryInUseException extends StorageException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message which ways of sharing a registry are supported
   * @param cause the database's error
   */
  public RegistryInUseException(String message, Throwable cause) {
    super(message, cause);
  }
}
