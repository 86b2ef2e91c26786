package dev.modelregistry.core;

import dev.modelregistry.api.audit.AuditRecord;

/**
 * What a {@link ChangeFeedPoller} calls for each applied change, in commit order.
 *
 * <p>Delivery is at least once: after a failure or a restart, the records after the last saved
 * position are delivered again, so a handler should be idempotent (use
 * {@link AuditRecord#position()} to recognise a record it has seen).
 */
@FunctionalInterface
public interface ChangeFeedHandler {

  /**
   * Handles one record. Throwing stops the current poll: the records before this one count as
   * handled, and this one is delivered again at the next poll.
   *
   * @throws Exception if the record could not be handled
   */
  void handle(AuditRecord record) throws Exception;
}
