package dev.modelregistry.core.internal;

import dev.modelregistry.api.ModelRegistryListener;
import dev.modelregistry.api.model.ModelPackageStateChangeEvent;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * Tells listeners about a stored change. A listener that throws is logged and skipped: the change
 * is stored already and the caller must learn that it succeeded.
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

  void publish(ModelPackageStateChangeEvent event) {
    for (ModelRegistryListener listener : listeners) {
      try {
        listener.onModelPackageStateChange(event);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Listener " + listener + " failed on event " + event.eventId()
            + " for " + event.modelPackage().modelPackageArn(), e);
      }
    }
  }
}
