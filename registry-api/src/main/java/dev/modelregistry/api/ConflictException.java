package dev.modelregistry.api;

/**
 * The request conflicts with the resource's current state: a group that still holds packages, a
 * client token reused with a different request, or a concurrent modification. Nothing was
 * changed.
 */
public class ConflictException extends ModelRegistryException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message);
  }
}
