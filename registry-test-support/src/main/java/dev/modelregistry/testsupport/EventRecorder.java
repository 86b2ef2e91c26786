package dev.modelregistry.testsupport;

import dev.modelregistry.api.ModelRegistryListener;
import dev.modelregistry.api.model.ModelPackageStateChangeEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A listener that keeps every event it is told about, in arrival order. Thread-safe.
 *
 * <p>Delivery is at least once, so a backend may hand the same event (same
 * {@link ModelPackageStateChangeEvent#eventId()}) more than once; {@link #events()} drops such
 * repeats, as a well-behaved listener must, and {@link #deliveries()} keeps them.
 */
public final class EventRecorder implements ModelRegistryListener {
  private final ConcurrentLinkedQueue<ModelPackageStateChangeEvent> deliveries =
      new ConcurrentLinkedQueue<>();

  /** Creates a recorder that has seen nothing. */
  public EventRecorder() {}

  @Override
  public void onModelPackageStateChange(ModelPackageStateChangeEvent event) {
    deliveries.add(event);
  }

  /** Returns the distinct events received so far (by event ID), in the order first received. */
  public List<ModelPackageStateChangeEvent> events() {
    Set<String> seen = new HashSet<>();
    List<ModelPackageStateChangeEvent> distinct = new ArrayList<>();
    for (ModelPackageStateChangeEvent event : deliveries) {
      if (seen.add(event.eventId())) {
        distinct.add(event);
      }
    }
    return List.copyOf(distinct);
  }

  /** Returns every delivery received so far, repeats included, oldest first. */
  public List<ModelPackageStateChangeEvent> deliveries() {
    return List.copyOf(deliveries);
  }

  /** Forgets the events received so far. */
  public void clear() {
    deliveries.clear();
  }
}
