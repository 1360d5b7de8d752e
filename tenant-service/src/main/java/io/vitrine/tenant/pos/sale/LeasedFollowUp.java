package io.vitrine.tenant.pos.sale;

/**
 * A follow-up a replica leased to run.
 *
 * @param posVersion the sale's version that asked for it: its outcome is recorded only while no
 *     newer version asked again
 * @param attempts this one included
 */
public record LeasedFollowUp(long saleId, FollowUp kind, long posVersion, int attempts) {}
