/**
 * The registry behind Amazon SageMaker's HTTP API (the JSON 1.1 protocol of the model-registry
 * operations), so that boto3, the AWS CLI and every other AWS SDK can use it with an endpoint URL.
 *
 * <p>Start one in-process with {@link dev.modelregistry.server.RegistryServer#builder}, or from the
 * command line with {@link dev.modelregistry.server.ServerMain}.
 */
@NullMarked
package dev.modelregistry.server;

import org.jspecify.annotations.NullMarked;
