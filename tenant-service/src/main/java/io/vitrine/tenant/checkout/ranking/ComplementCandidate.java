package io.vitrine.tenant.checkout.ranking;

/** A product of a complementary category, proposed for an item of the cart. */
public record ComplementCandidate(String sku, String anchorSku, Complement complement) {}
