/**
 * The contract test kit of the model registry: {@link dev.modelregistry.testkit.ModelRegistryContractKit}
 * and {@link dev.modelregistry.testkit.ModelRegistryPropertyKit}, which every storage backend
 * extends with one method that creates its store, and
 * {@link dev.modelregistry.testkit.InMemoryRegistryExtension}, which gives a user's JUnit 5 test a
 * fresh in-memory registry.
 */
@NullMarked
package dev.modelregistry.testkit;

import org.jspecify.annotations.NullMarked;
