/** Implementation of the in-memory store; not API, may change without notice. */
@NullMarked
package dev.modelregistry.inmemory.internal;

import org.jspecify.annotations.NullMarked;
