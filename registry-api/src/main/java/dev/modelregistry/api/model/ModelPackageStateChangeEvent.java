package dev.modelregistry.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * Emitted to listeners after a package was registered, or its approval status or life-cycle stage
 * changed. Carries a snapshot of the package as describe returned it at that moment. Delivery is
 * at least once: listeners must tolerate duplicates.
 *
 * <p>Immutable; build one with {@link #builder()}. JSON uses SageMaker's member names.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableModelPackageStateChangeEvent.class)
public interface ModelPackageStateChangeEvent {

  /** Returns a new builder. */
  static ImmutableModelPackageStateChangeEvent.Builder builder() {
    return ImmutableModelPackageStateChangeEvent.builder();
  }

  /** Returns the ID of this change: a repeated delivery of the same change has the same ID. */
  @JsonProperty("EventId")
  String eventId();

  /** Returns when the change was stored. */
  @JsonProperty("EventTime")
  Instant eventTime();

  /** Returns what changed, one or more; empty when none. */
  @JsonProperty("ChangeTypes")
  List<ModelPackageChangeType> changeTypes();

  /** Returns the package after the change. */
  @JsonProperty("ModelPackage")
  ModelPackage modelPackage();

  /** An event says what changed. */
  @Value.Check
  default void check() {
    if (changeTypes().isEmpty()) {
      throw new IllegalStateException("an event names at least one change type");
    }
  }
}
