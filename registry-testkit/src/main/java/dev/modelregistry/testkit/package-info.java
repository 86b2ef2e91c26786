/**
 * The contract test kit of the model registry.
 *
 * <ul>
 *   <li>{@link dev.modelregistry.testkit.ModelRegistryContractKit}: the contract as one JUnit 5
 *       suite of {@code @Nested} areas (groups, packages, lists, paging, updates, history, events,
 *       tags and policies, idempotency, field vectors, limits, concurrency, and governance: audit
 *       trail, change feed, approval policies, optimistic concurrency, provenance queries). A
 *       storage backend extends it with one method that creates an empty store.
 *   <li>{@link dev.modelregistry.testkit.ModelRegistryPropertyKit}: jqwik properties of validation
 *       with generated invalid input, extended the same way.
 *   <li>{@link dev.modelregistry.testkit.InMemoryRegistryExtension}: a JUnit 5 extension that gives
 *       a user's test a fresh in-memory registry.
 *   <li>{@link dev.modelregistry.testkit.MutableClock}, {@link dev.modelregistry.testkit.CallerSwitch}
 *       and {@link dev.modelregistry.testkit.EventRecorder}: a clock, a caller identity and a
 *       listener that tests control and read.
 * </ul>
 *
 * <p>The field rules' boundary values ship in this package as {@code field-rules.json}, a copy of
 * the project's {@code shared/spec/vectors/field-rules.json}.
 */
@NullMarked
package dev.modelregistry.testkit;

import org.jspecify.annotations.NullMarked;
