package dev.modelregistry.api;

/** The group, package, policy or other resource named in the request does not exist. */
public class ResourceNotFoundException extends ModelRegistryException {
  private static final long serialVersionUID = 1L;

  public ResourceNotFoundException(String message) {
    super(message);
  }
}
