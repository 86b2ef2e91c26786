package dev.modelregistry.server.internal;

import dev.modelregistry.api.model.UserContext;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides who sent a request: with access keys configured, the key that signed it (AWS Signature
 * Version 4, service {@code sagemaker}, the server's region); without, an anonymous caller.
 */
public interface Authenticator {
  /** The caller recorded for requests of a server that does not authenticate. */
  UserContext ANONYMOUS = UserContext.ofUserProfile("anonymous");

  /**
   * Returns the caller of a request.
   *
   * @throws ProtocolException with the authentication error if the request is refused
   */
  UserContext authenticate(IncomingRequest request);

  /** Returns an authenticator that accepts every request as {@link #ANONYMOUS}. */
  static Authenticator anonymous() {
    return request -> ANONYMOUS;
  }

  /**
   * Returns an authenticator that accepts requests signed with one of {@code secretsByKeyId} for
   * {@code region}; the caller is the key's id as user profile name.
   */
  static Authenticator sigV4(Map<String, String> secretsByKeyId, String region, Clock clock) {
    SigV4Verifier verifier = new SigV4Verifier(secretsByKeyId, region, "sagemaker", clock);
    Map<String, UserContext> callers = new ConcurrentHashMap<>();
    return request -> callers.computeIfAbsent(verifier.verify(request), UserContext::ofUserProfile);
  }
}
