package io.vitrine.tenant.checkout.recommend;

/**
 * One SKU of a recommend answer.
 *
 * @param anchorSku the cart item it was suggested for; null when only the customer's profile led to
 *     it
 * @param reasonKind the kind of its strongest evidence ({@code CO_PURCHASE}, ...)
 */
public record SuggestedSku(String sku, String anchorSku, double score, String reasonKind) {}
