package dev.modelregistry.core.internal;

/**
 * Decides which failures of the users' callbacks (listeners, change feed handlers) may end the
 * registry's work: only those that say the JVM itself is failing. Everything else a callback
 * throws (any exception, checked ones thrown sneakily included, or an {@link Error} such as an
 * {@link AssertionError}) concerns the callback alone.
 */
public final class CallbackFailures {
  private CallbackFailures() {}

  /**
   * Returns whether {@code failure} must propagate: a {@link VirtualMachineError} (out of memory,
   * an internal error of the JVM), except a {@link StackOverflowError}, whose stack has unwound by
   * the time it is caught here, so that it says nothing about the state of the JVM.
   */
  public static boolean isFatal(Throwable failure) {
    return failure instanceof VirtualMachineError && !(failure instanceof StackOverflowError);
  }
}
