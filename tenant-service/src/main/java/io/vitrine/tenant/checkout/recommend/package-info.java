/**
 * Checkout recommendations ({@code /v1/pos/recommend}, {@code
 * /v1/pos/suggestions/{id}/accept|reject}): up to three in-stock, allergen-safe complements for a
 * cart with their reasons, gathered from memory, content similarity for carts without purchase
 * history, and associates' feedback as a ranking prior.
 */
package io.vitrine.tenant.checkout.recommend;
