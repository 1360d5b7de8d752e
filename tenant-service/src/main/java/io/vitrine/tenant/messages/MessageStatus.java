package io.vitrine.tenant.messages;

/**
 * Where a message is in its life: DRAFT until a person approves or rejects it; only APPROVED
 * messages reach the outbox, which makes them SENT, or FAILED when every attempt failed.
 */
public enum MessageStatus {
  DRAFT,
  APPROVED,
  SENT,
  REJECTED,
  FAILED,
  /** No draft was queued for the sale; the row says why. */
  SKIPPED
}
