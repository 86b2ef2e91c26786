package dev.modelregistry.api;

import dev.modelregistry.api.model.ModelPackageStateChangeEvent;

/**
 * Told about changes after they are stored. Called on the thread that made the change, in the
 * order the listeners were added. Whatever a listener throws (an exception, checked ones thrown
 * sneakily included, or an {@link Error} such as an {@link AssertionError}) is logged with the
 * listener's class and does not undo or fail the change, and the next listener is still told;
 * only a failure of the JVM itself (a {@link VirtualMachineError} other than a
 * {@link StackOverflowError}) propagates to the caller, after every listener was called. Delivery
 * is at least once: a listener must tolerate duplicates.
 */
@FunctionalInterface
public interface ModelRegistryListener {

  /** Called after a package was registered, or its approval status or life-cycle stage changed. */
  void onModelPackageStateChange(ModelPackageStateChangeEvent event);
}
