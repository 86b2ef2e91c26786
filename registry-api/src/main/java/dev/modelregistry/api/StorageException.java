package dev.modelregistry.api;

/**
 * The storage behind the registry failed (a lost connection, a full disk, ...). The cause is
 * kept. The operation may or may not have been applied if the failure struck during commit; a
 * create with a client token can be retried safely.
 */
public class StorageException extends ModelRegistryException {
  private static final long serialVersionUID = 1L;

  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
