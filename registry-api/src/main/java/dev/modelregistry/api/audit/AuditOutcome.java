package dev.modelregistry.api.audit;

/** Whether the write an {@link AuditRecord} records took effect. */
public enum AuditOutcome {
  /** The change was stored, in the same transaction as this record. */
  APPLIED,
  /** An approval policy refused the change; nothing was changed. */
  DENIED
}
