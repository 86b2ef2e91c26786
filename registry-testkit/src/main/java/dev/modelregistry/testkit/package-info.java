/**
 * The contract test kit of the model registry.
 *
 * <ul>
 *   <li>{@link dev.modelregistry.testkit.ModelRegistryContractKit}: the contract as one JUnit 5
 *       suite of {@code @Nested} areas (groups, packages, lists, paging, updates, history, events,
 *       tags and policies, idempotency, field vectors, limits, concurrency, and governance: what
 *       the audit trail records, reading it, point-in-time answers, change feed, approval
 *       policies, optimistic concurrency, provenance queries). A
 *       storage backend extends it with a constructor that says how to open an empty store
 *       ({@link dev.modelregistry.testkit.StoreOpener}) and, if closing it takes more than
 *       {@link AutoCloseable#close()}, how to release it
 *       ({@link dev.modelregistry.testkit.StoreCloser}).
 *   <li>{@link dev.modelregistry.testkit.ModelRegistryPropertyKit}: jqwik properties of validation
 *       with generated invalid input, extended the same way.
 * </ul>
 *
 * <p>Each test's registry has a clock, a caller identity and a listener the test controls and
 * reads ({@link dev.modelregistry.testkit.KitContext}), from {@code registry-test-support}. The kit
 * is for those who write a store: a user's tests get a registry from {@code registry-junit}, which
 * does not carry the kit, and the kit carries no store of its own.
 *
 * <p>The field rules' boundary values ship in this package as {@code field-rules.json}, a copy of
 * the project's {@code shared/spec/vectors/field-rules.json}.
 */
@NullMarked
package dev.modelregistry.testkit;

import org.jspecify.annotations.NullMarked;
