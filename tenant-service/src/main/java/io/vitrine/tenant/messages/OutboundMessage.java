package io.vitrine.tenant.messages;

import java.util.UUID;

/**
 * An approved message on its way out. {@code idempotencyKey} is the same on every attempt, so that
 * the delivery service delivers it once however often it is offered.
 */
public record OutboundMessage(
    long messageId, UUID idempotencyKey, String addressRef, String subject, String body) {

  /** Keeps the address and text out of logs. */
  @Override
  public String toString() {
    return "OutboundMessage[" + messageId + "]";
  }
}
