package io.vitrine.tenant.checkout.recommend;

/**
 * How often associates accepted and rejected one suggested SKU for one cart item.
 *
 * @param anchorSku the cart item; null for suggestions made without one
 */
public record FeedbackTally(String anchorSku, String sku, long accepted, long rejected) {}
