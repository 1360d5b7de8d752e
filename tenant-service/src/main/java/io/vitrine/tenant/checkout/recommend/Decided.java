package io.vitrine.tenant.checkout.recommend;

/**
 * One stored accept or reject, as the feedback priors take it.
 *
 * @param suggestionId the answer it decided on
 * @param anchorSku the cart item the SKU was suggested for; null when there was none
 * @param xid the transaction that stored it
 */
public record Decided(
    String suggestionId, String sku, String anchorSku, boolean accepted, long xid) {}
