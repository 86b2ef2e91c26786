/**
 * The registry's storage in memory: {@link dev.modelregistry.inmemory.InMemoryRegistryStore}, for
 * tests and short-lived processes. Nothing survives the JVM.
 */
@NullMarked
package dev.modelregistry.inmemory;

import org.jspecify.annotations.NullMarked;
