/** Test support: real AWS clients run as child processes against a server under test. */
@NullMarked
package dev.modelregistry.server.testing;

import org.jspecify.annotations.NullMarked;
