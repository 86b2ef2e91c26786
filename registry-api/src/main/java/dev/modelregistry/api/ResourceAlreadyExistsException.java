package dev.modelregistry.api;

/**
 * A resource of that name exists already (group names are unique ignoring case). Names the ARN of
 * the existing resource.
 */
public class ResourceAlreadyExistsException extends ModelRegistryException {
  private static final long serialVersionUID = 1L;

  private final String resourceArn;

  public ResourceAlreadyExistsException(String message, String resourceArn) {
    super(message);
    this.resourceArn = resourceArn;
  }

  /** Returns the ARN of the resource that exists already. */
  public String resourceArn() {
    return resourceArn;
  }
}
