/**
 * What tests of a registry control and read, whichever registry they test:
 * {@link dev.modelregistry.testsupport.MutableClock} (a clock that moves only when the test moves
 * it), {@link dev.modelregistry.testsupport.CallerSwitch} (the caller identity, switchable in the
 * middle of a test) and {@link dev.modelregistry.testsupport.EventRecorder} (a listener that keeps
 * the events it is told about).
 *
 * <p>A module of its own because two audiences need them: backend implementers through the
 * contract kit ({@code registry-testkit}) and users through the JUnit extension
 * ({@code registry-junit}); neither of those should carry the other.
 */
@NullMarked
package dev.modelregistry.testsupport;

import org.jspecify.annotations.NullMarked;
