/**
 * Loyalty accrual on completed sales.
 *
 * <p>{@link io.vitrine.tenant.loyalty.LoyaltyService#onSaleCompleted(long)} applies a sale to its
 * customer's account in one transaction: the account row is locked, {@link
 * io.vitrine.tenant.loyalty.AccrualRules} computes the accruals (base points always; the
 * frequent-brand bonus and the lapsed-member milestone only where {@code loyalty-personalization}
 * is on for the sale's store), and each accrual is a {@code loyalty_ledger} row unique per (sale,
 * rule), so that a sale applied twice, or concurrently, earns once. Crossing a tier threshold
 * records a {@code loyalty_tier_notices} row. The rules come from {@code vitrine.loyalty.*} ({@link
 * io.vitrine.tenant.loyalty.LoyaltyConfig}). {@code io.vitrine.tenant.pos.sale.SaleFollowUps} calls
 * it for the {@code LOYALTY} follow-up that each stored POS sale records ({@code sale_follow_ups}),
 * possibly more than once.
 */
package io.vitrine.tenant.loyalty;
