package io.vitrine.tenant.checkout.screening;

/**
 * An ingredient of a product that the customer must avoid.
 *
 * @param ingredient the canonical INCI name found in the product
 * @param avoided what the customer's profile says: a group ({@code fragrance}) or the ingredient
 */
public record Conflict(String ingredient, String avoided) {}
