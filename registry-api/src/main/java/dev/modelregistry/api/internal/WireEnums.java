package dev.modelregistry.api.internal;

import dev.modelregistry.api.model.WireEnum;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one rule for reading a {@link WireEnum} from its wire value: the value must be one
 * constant's {@link WireEnum#value()} exactly (no other case, no Java constant name, no blanks);
 * anything else is refused with {@code 'X' is not a Type; allowed: A, B, C}, the caller's text cut
 * by {@link EchoedText#cut} and the allowed values in declaration order. The lookup of each enum
 * is built once, on first use, and shared by all threads. Not API: the enums' {@code fromValue}
 * use it.
 */
public final class WireEnums {
  private static final ClassValue<Lookup> LOOKUPS = new ClassValue<>() {
    @Override
    protected Lookup computeValue(Class<?> type) {
      return new Lookup(type);
    }
  };

  private WireEnums() {}

  /**
   * Returns the constant of {@code type} whose wire value is {@code value}.
   *
   * @throws IllegalArgumentException if no constant has that wire value; the message lists the
   *     allowed ones
   * @throws IllegalStateException if two constants of {@code type} share a wire value
   */
  public static <E extends Enum<E> & WireEnum> E fromValue(Class<E> type, String value) {
    Lookup lookup = LOOKUPS.get(type);
    WireEnum found = lookup.byValue.get(value);
    if (found == null) {
      throw new IllegalArgumentException("'" + EchoedText.cut(value) + "' is not a "
          + type.getSimpleName() + "; allowed: " + lookup.allowed);
    }
    return type.cast(found);
  }

  /** One enum's constants by wire value, and its wire values listed for the message. */
  private static final class Lookup {
    final Map<String, WireEnum> byValue;
    final String allowed;

    Lookup(Class<?> type) {
      Map<String, WireEnum> constants = new LinkedHashMap<>();
      for (Object constant : type.getEnumConstants()) {
        WireEnum wireEnum = (WireEnum) constant;
        WireEnum previous = constants.putIfAbsent(wireEnum.value(), wireEnum);
        if (previous != null) {
          throw new IllegalStateException(type.getName() + "." + ((Enum<?>) previous).name()
              + " and " + ((Enum<?>) constant).name() + " share the wire value '"
              + wireEnum.value() + "'");
        }
      }
      byValue = Map.copyOf(constants);
      allowed = String.join(", ", constants.keySet());
    }
  }
}
