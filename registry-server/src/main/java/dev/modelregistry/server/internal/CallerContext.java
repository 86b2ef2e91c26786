package dev.modelregistry.server.internal;

import dev.modelregistry.api.model.UserContext;
import java.util.function.Supplier;

/**
 * The caller of the request a thread is serving, for the registry's caller-identity supplier:
 * the handler runs each registry call {@link #callAs as} the authenticated caller, and the
 * registry asks {@link #current()} when it stamps {@code CreatedBy} and {@code LastModifiedBy}.
 */
public final class CallerContext {
  private final ThreadLocal<UserContext> current = new ThreadLocal<>();

  /** Returns the caller of the current request, or {@link Authenticator#ANONYMOUS} outside one. */
  public UserContext current() {
    UserContext caller = current.get();
    return caller != null ? caller : Authenticator.ANONYMOUS;
  }

  /** Runs {@code action} with {@code caller} as the current caller. */
  public <T> T callAs(UserContext caller, Supplier<T> action) {
    current.set(caller);
    try {
      return action.get();
    } finally {
      current.remove();
    }
  }
}
