/**
 * The model registry's API: the {@link dev.modelregistry.api.ModelRegistry} interface, pages,
 * listeners, JSON support and the exceptions, all unchecked under
 * {@link dev.modelregistry.api.ModelRegistryException}.
 */
@NullMarked
package dev.modelregistry.api;

import org.jspecify.annotations.NullMarked;
