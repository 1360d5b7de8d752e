package io.vitrine.tenant.loyalty;

/** A loyalty tier, reached at {@code threshold} lifetime points. */
public record Tier(String name, long threshold) {}
