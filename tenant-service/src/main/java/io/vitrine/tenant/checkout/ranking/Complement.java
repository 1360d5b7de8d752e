package io.vitrine.tenant.checkout.ranking;

/**
 * A category that completes another one in a regimen (serum, then moisturizer).
 *
 * @param weight 0..1, how strongly it completes it
 * @param reason shown to the associate
 */
public record Complement(String category, double weight, String reason) {}
