/**
 * The till ({@code /v1/pos/*}): what recommendations ({@link io.vitrine.tenant.checkout.recommend})
 * and allergy screening ({@link io.vitrine.tenant.checkout.screening}) share: the cart a POS sends,
 * the one-round-trip read of the store, customer and stock ({@code TillContextRepository}), the
 * per-request deadline, the warm-up of the in-memory catalog and co-purchase counts and the feeds
 * that bring every replica's copy the sales and decisions stored since ({@code CheckoutFeeds}), the
 * associates' decisions on what the till showed, and the till's audit records ({@code
 * vitrine.checkout.*}).
 */
package io.vitrine.tenant.checkout;
