/**
 * Governance records: the audit trail of every write (and every denied approval), which is also
 * the durable change feed that other processes follow by position.
 *
 * <p>Every type is immutable and thread-safe. Unlike the model types, these are not SageMaker
 * shapes; their JSON names follow the same PascalCase style.
 */
@NullMarked
@RegistryStyle
package dev.modelregistry.api.audit;

import dev.modelregistry.api.internal.RegistryStyle;
import org.jspecify.annotations.NullMarked;
