package dev.modelregistry.core.internal;

import dev.modelregistry.api.ModelRegistryListener;
import dev.modelregistry.api.model.ModelPackageStateChangeEvent;
import java.lang.System.Logger.Level;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Tells listeners about a stored change. The change is stored already and the caller must learn
 * that it succeeded, so whatever a listener throws (a checked exception thrown sneakily, as Kotlin
 * or Lombok code may, or an {@link Error}) is logged with the listener's class, and the next
 * listener is told. Only a failure of the JVM ({@link CallbackFailures#isFatal}) propagates, and
 * only after every listener was called.
 */
final class ListenerNotifier {
  private static final System.Logger LOG = System.getLogger(ListenerNotifier.class.getName());

  private final List<ModelRegistryListener> listeners;

  ListenerNotifier(List<ModelRegistryListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  /** Returns whether anyone listens, so that no event is built for nobody. */
  boolean isEmpty() {
    return listeners.isEmpty();
  }

  /**
   * Calls every listener with {@code event}.
   *
   * @throws VirtualMachineError the first fatal failure of a listener, after all were called
   */
  void publish(ModelPackageStateChangeEvent event) {
    @Nullable Throwable fatal = null;
    for (ModelRegistryListener listener : listeners) {
      try {
        listener.onModelPackageStateChange(event);
      } catch (Throwable failure) {
        if (CallbackFailures.isFatal(failure)) {
          if (fatal == null) {
            fatal = failure;
          } else if (fatal != failure) {
            fatal.addSuppressed(failure);
          }
        } else {
          LOG.log(Level.WARNING, "Listener " + listener.getClass().getName() + " failed on event "
              + event.eventId() + " for " + event.modelPackage().modelPackageArn()
              + "; the change is stored", failure);
        }
      }
    }
    if (fatal != null) {
      throw (VirtualMachineError) fatal;
    }
  }
}
