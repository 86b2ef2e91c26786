/**
 * The registry's value types: groups, packages and everything they hold, with SageMaker's member names in JSON.
 *
 * <p>Every type is immutable and thread-safe. Build one with its {@code builder()}; absent
 * optional values are {@link java.util.Optional#empty()}, absent collections are empty. Field
 * rules (lengths, patterns) are enforced by the registry, which reports every violation at once,
 * not by the builders.
 */
@NullMarked
@RegistryStyle
package dev.modelregistry.api.model;

import dev.modelregistry.api.internal.RegistryStyle;
import org.jspecify.annotations.NullMarked;
