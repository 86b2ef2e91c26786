/**
 * The inputs of the registry's operations.
 *
 * <p>Every type is immutable and thread-safe, with one exception: a customer metadata map given
 * as {@code Optional<Map>} is kept by reference, so do not change it while a call uses the request
 * (the registry validates and stores a copy of its own). Build one with its {@code builder()}; absent
 * optional values are {@link java.util.Optional#empty()}, absent collections are empty. Field
 * rules (lengths, patterns) are enforced by the registry, which reports every violation at once,
 * not by the builders.
 */
@NullMarked
@RegistryStyle
package dev.modelregistry.api.request;

import dev.modelregistry.api.internal.RegistryStyle;
import org.jspecify.annotations.NullMarked;
