/**
 * The storage SPI: what a backend implements so that the registry's rules hold. The registry
 * (core) validates requests and builds values; a store keeps them and makes each operation
 * atomic, so versions, idempotency and conditional updates stay correct under concurrency.
 */
@NullMarked
package dev.modelregistry.core.spi;

import org.jspecify.annotations.NullMarked;
