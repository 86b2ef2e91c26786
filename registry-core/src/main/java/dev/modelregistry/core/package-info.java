/**
 * Builds a {@link dev.modelregistry.api.ModelRegistry} over a storage backend:
 * {@link dev.modelregistry.core.ModelRegistries#builder}.
 */
@NullMarked
package dev.modelregistry.core;

import org.jspecify.annotations.NullMarked;
