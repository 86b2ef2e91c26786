/** The registry's implementation; not API, may change without notice. */
@NullMarked
package dev.modelregistry.core.internal;

import org.jspecify.annotations.NullMarked;
