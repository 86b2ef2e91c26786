package dev.modelregistry.jdbc.internal;

/**
 * A unique constraint stopped a transaction, which was rolled back. Internal: the store either
 * resolves it (the group exists already, another caller stored the client token first) or turns
 * it into a {@link dev.modelregistry.api.StorageException}.
 */
final class DuplicateKeyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DuplicateKeyException(Throwable cause) {
    super(cause.getMessage(), cause);
  }
}
