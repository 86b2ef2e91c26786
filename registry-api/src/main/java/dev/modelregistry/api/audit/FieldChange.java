package dev.modelregistry.api.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One field's change, values as text: {@code ModelApprovalStatus} from
 * {@code PendingManualApproval} to {@code Approved}, {@code CustomerMetadataProperties.owner} from
 * absent to {@code team-a}, {@code Tags.stage} from {@code dev} to absent.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableFieldChange.class)
public interface FieldChange {

  /** Returns a change of {@code field} from {@code oldValue} to {@code newValue} (either absent). */
  static FieldChange of(String field, Optional<String> oldValue, Optional<String> newValue) {
    return ImmutableFieldChange.builder().field(field).oldValue(oldValue).newValue(newValue)
        .build();
  }

  /** Returns the field's SageMaker member name, with {@code .key} for an entry of a map. */
  @JsonProperty("Field")
  String field();

  /** Returns the value before the change, absent if the field or entry was absent. */
  @JsonProperty("OldValue")
  Optional<String> oldValue();

  /** Returns the value after the change, absent if the field or entry was removed. */
  @JsonProperty("NewValue")
  Optional<String> newValue();
}
