/**
 * The server's implementation: the protocol handler, the mapping of SageMaker's operations onto
 * {@link dev.modelregistry.api.ModelRegistry}, error mapping, JSON on the wire and AWS Signature
 * Version 4 verification. Not API: it may change in any release.
 */
@NullMarked
package dev.modelregistry.server.internal;

import org.jspecify.annotations.NullMarked;
