package io.vitrine.tenant.pos.worker;

/**
 * A recorded delivery (or polled order) leased for normalisation.
 *
 * @param attempts including the current one
 */
public record StoredEvent(
    long id, String provider, String dedupKey, String topic, byte[] rawBody, int attempts) {

  /** The topic of events the reconciliation poll enqueued: their body is the vendor's order. */
  public static final String RECONCILE = "reconcile";
}
