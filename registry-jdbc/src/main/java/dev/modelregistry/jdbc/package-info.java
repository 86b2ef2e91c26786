/**
 * A {@link dev.modelregistry.core.spi.RegistryStore} over a relational database through Jdbi:
 * H2 (the embedded default, in a file or in memory) and PostgreSQL (several JVMs sharing one
 * registry).
 *
 * <pre>{@code
 * try (JdbcRegistryStore store = JdbcRegistryStore.embedded(Path.of("registry"))) {
 *   ModelRegistry registry = ModelRegistries.builder(store).build();
 *   ...
 * }
 * }</pre>
 *
 * <p>Start at {@link dev.modelregistry.jdbc.JdbcRegistryStore}. Everything in
 * {@code dev.modelregistry.jdbc.internal} is implementation and may change without notice.
 */
@NullMarked
package dev.modelregistry.jdbc;

import org.jspecify.annotations.NullMarked;
