package dev.modelregistry.testsupport;

import dev.modelregistry.api.model.UserContext;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The caller identity a test registry stamps as {@code CreatedBy}, {@code LastModifiedBy} and
 * {@code ChangedBy}, switchable in the middle of a test: register as a trainer, approve as a
 * reviewer. Thread-safe.
 *
 * <pre>{@code
 * CallerSwitch caller = CallerSwitch.as("trainer");
 * ModelRegistry registry = ModelRegistries.builder(store).callerIdentity(caller).build();
 * caller.switchTo("reviewer");
 * }</pre>
 */
public final class CallerSwitch implements Supplier<UserContext> {
  private final AtomicReference<UserContext> current;

  private CallerSwitch(UserContext initial) {
    this.current = new AtomicReference<>(initial);
  }

  /** Returns a switch that reports the user profile {@code userProfileName} until switched. */
  public static CallerSwitch as(String userProfileName) {
    return new CallerSwitch(UserContext.ofUserProfile(userProfileName));
  }

  /** Makes later calls run as the user profile {@code userProfileName}; returns its context. */
  public UserContext switchTo(String userProfileName) {
    UserContext next = UserContext.ofUserProfile(userProfileName);
    current.set(next);
    return next;
  }

  /** Makes later calls run as {@code caller}. */
  public void switchTo(UserContext caller) {
    current.set(Objects.requireNonNull(caller, "caller"));
  }

  /** Returns the caller that the registry stamps now. */
  @Override
  public UserContext get() {
    return current.get();
  }

  @Override
  public String toString() {
    return "CallerSwitch[" + current.get() + "]";
  }
}
