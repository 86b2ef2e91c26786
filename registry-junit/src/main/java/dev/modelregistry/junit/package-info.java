/**
 * A registry for a user's tests: {@link dev.modelregistry.junit.InMemoryRegistryExtension} hands
 * each JUnit 5 test a fresh in-memory registry. The clock, caller identity and listener a test
 * may give it ({@link dev.modelregistry.testsupport.MutableClock},
 * {@link dev.modelregistry.testsupport.CallerSwitch},
 * {@link dev.modelregistry.testsupport.EventRecorder}) come with this module.
 *
 * <p>This module does not carry the contract kit ({@code registry-testkit}), which is for those
 * who write a storage backend.
 */
@NullMarked
package dev.modelregistry.junit;

import org.jspecify.annotations.NullMarked;
