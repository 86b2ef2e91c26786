package dev.modelregistry.core.spi;

import dev.modelregistry.api.ConflictException;
import dev.modelregistry.api.ResourceAlreadyExistsException;
import dev.modelregistry.api.ResourceNotFoundException;
import dev.modelregistry.api.internal.EchoedText;
import dev.modelregistry.api.model.ModelPackageGroup;

/**
 * The errors a store throws, worded once so that every backend says the same. A caller's text in
 * them is cut by {@link EchoedText#cut}.
 */
public final class StoreErrors {
  private StoreErrors() {}

  public static ResourceNotFoundException groupNotFound(String groupName) {
    return new ResourceNotFoundException("Model package group '" + EchoedText.cut(groupName)
        + "' does not exist.");
  }

  public static ResourceAlreadyExistsException groupAlreadyExists(ModelPackageGroup existing) {
    return new ResourceAlreadyExistsException(
        "Model package group already exists: " + existing.modelPackageGroupArn()
            + " (names are unique ignoring case)",
        existing.modelPackageGroupArn());
  }

  public static ConflictException groupNotEmpty(String groupName) {
    return new ConflictException("Model package group '" + EchoedText.cut(groupName)
        + "' still holds model packages; delete them before deleting the group.");
  }

  /**
   * A client token the group has seen was given with a different request.
   *
   * @param existingArn the package the token created
   */
  public static ConflictException clientTokenConflict(String token, String groupName,
      String existingArn) {
    return new ConflictException("Client token '" + EchoedText.cut(token)
        + "' was already used in group '" + EchoedText.cut(groupName)
        + "' for a different request (it created " + existingArn
        + "); use a new token for a new model.");
  }

  public static ResourceNotFoundException packageNotFound(String groupName, int version) {
    return new ResourceNotFoundException(
        "Model package '" + EchoedText.cut(groupName) + "/" + version + "' does not exist.");
  }
}
