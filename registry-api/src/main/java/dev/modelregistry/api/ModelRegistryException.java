package dev.modelregistry.api;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception the registry throws. Unchecked; catch a subtype to react to one
 * kind of failure without reading message text.
 */
public abstract class ModelRegistryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected ModelRegistryException(String message) {
    super(message);
  }

  protected ModelRegistryException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
