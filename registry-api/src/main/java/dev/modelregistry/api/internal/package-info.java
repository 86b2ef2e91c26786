/** Implementation details of the API module; not API, may change without notice. */
@NullMarked
package dev.modelregistry.api.internal;

import org.jspecify.annotations.NullMarked;
