package io.vitrine.tenant.messages;

/**
 * What a completed sale produced: a DRAFT awaiting approval, or a SKIPPED row with its reason; the
 * message found when the sale had been handled before; or nothing when the sale does not exist.
 */
public record DraftOutcome(MessageView message) {

  public static DraftOutcome saleNotFound() {
    return new DraftOutcome(null);
  }

  public boolean drafted() {
    return message != null && message.status() == MessageStatus.DRAFT;
  }
}
