package dev.modelregistry.api;

import dev.modelregistry.api.model.ModelPackageStateChangeEvent;

/**
 * Told about changes after they are stored. Called on the thread that made the change; an
 * exception thrown here is logged and does not undo or fail the change. Delivery is at least
 * once: a listener must tolerate duplicates.
 */
@FunctionalInterface
public interface ModelRegistryListener {

  /** Called after a package was registered, or its approval status or life-cycle stage changed. */
  void onModelPackageStateChange(ModelPackageStateChangeEvent event);
}
