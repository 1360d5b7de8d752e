package io.vitrine.tenant.checkout.ranking;

/** A product the search index finds similar to the cart, for carts without purchase history. */
public record ContentMatch(String sku, double score) {}
