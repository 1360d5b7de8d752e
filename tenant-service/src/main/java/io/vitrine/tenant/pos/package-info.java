/**
 * POS ingestion after a delivery was acknowledged.
 *
 * <p><b>Flow.</b> {@link io.vitrine.tenant.pos.webhook.WebhookService} verifies each delivery over
 * its raw body and records it in {@code webhook_events} (status RECEIVED, unique (provider,
 * dedup_key)) before answering 200; concurrent deliveries share one multi-row insert and one commit
 * ({@code EventBatcher}). {@link io.vitrine.tenant.pos.worker.EventWorker} then leases due events
 * ({@code FOR UPDATE SKIP LOCKED}), turns each into a sale ({@link
 * io.vitrine.tenant.pos.worker.EventProcessor}: Shopify from the stored body; Square, Lightspeed
 * X-Series and Clover fetched from the vendor's API) and applies the batch's sales by version
 * ({@link io.vitrine.tenant.pos.sale.SaleBatchWriter}): an older or equal version changes nothing.
 * A batch is one transaction of a few multi-row statements (its sales, lines, follow-ups and the
 * events' PROCESSED mark), so that normalisation costs round trips per batch, not per sale; should
 * it fail, its sales are applied one by one ({@link io.vitrine.tenant.pos.sale.SaleWriter}), so
 * that only the event at fault fails. Failures are retried with exponential backoff; after {@code
 * vitrine.pos.worker.max-attempts} the event is FAILED with a {@code last_error} that names the
 * error's kind, never the vendor's data. {@link
 * io.vitrine.tenant.pos.reconcile.ReconciliationPoller} lists what changed since a watermark
 * ({@code pos_watermarks}) and enqueues it under dedup keys naming the order and its version, so it
 * never duplicates; it is Lightspeed R-Series' only feed.
 *
 * <p><b>Stock.</b> Stock notifications take the same path: verified, recorded before the 200 and
 * deduplicated (Shopify {@code inventory_levels/update} by webhook id, Square {@code
 * inventory.count.updated} by event id, Lightspeed X-Series {@code inventory.update} by the
 * record's id and version, or by the payload's digest when it has no version, Clover item and item
 * stock notifications ({@code I:}, {@code IS:}) by merchant, object, type and ts). The worker turns
 * each into counts ({@link io.vitrine.tenant.pos.worker.StockEvents}): Shopify's and Square's carry
 * the count, Lightspeed X-Series' and Clover's name an item whose counts are read from the API;
 * each vendor item becomes the vendor's SKU ({@code pos.vendor}, cached an hour; an item without a
 * SKU is counted in {@code vitrine.stock.counts.unmapped} and left out). {@link
 * io.vitrine.tenant.pos.reconcile.StockReconciliationPoller} reads what changed since its own
 * watermark ("&lt;provider&gt;:stock"; the first poll reads every count, Clover's every poll) and
 * is Lightspeed R-Series' only stock feed. Counts are applied by {@code stock.StockService}: the
 * vendor's newest count wins, an older or repeated one changes nothing (see the {@code stock}
 * package for the stale and missing counts' meaning).
 *
 * <p><b>Stores.</b> A sale's or a count's POS location that matches no store creates a store named
 * "POS location &lt;id&gt;" with no labels, so that no sale or count is lost or left without its
 * store; an admin names and labels it later. A Clover merchant is one store (its merchant id is the
 * location).
 *
 * <p><b>Customers.</b> Only a pseudonym is stored: hex HMAC-SHA256 of "&lt;provider&gt;:&lt;POS
 * customer id&gt;" under {@code vitrine.pos.pseudonym-key}, the tenant's own key that the operator
 * generates once (tenants from before it keep the signing key they used as their pseudonym key), so
 * that rotating the POS credentials changes no pseudonym. Never a POS credential in its place: with
 * a provider but no pseudonym key the service refuses to start. No name, e-mail or phone is read or
 * kept.
 *
 * <p><b>Which orders are sales.</b> Shopify: {@code source_name} "pos", not cancelled. Square:
 * state COMPLETED. Clover: paid or locked. Lightspeed X-Series: CLOSED or on account. R-Series:
 * completed and not voided. Others are recorded and marked PROCESSED without a sale; a later
 * version that completes the order becomes the sale.
 *
 * <p><b>Follow-up contract.</b> What a sale sets off in other features is not an event but rows of
 * {@code sale_follow_ups}, written in the same transaction as the sale ({@link
 * io.vitrine.tenant.pos.sale.SaleWriter}): a new sale asks for {@code LOYALTY}, {@code
 * POST_PURCHASE_MESSAGE} and {@code ATTRIBUTION}; a newer version of a known sale asks for {@code
 * LOYALTY} and {@code ATTRIBUTION} again; an equal or older version asks for nothing. Any replica
 * runs them ({@link io.vitrine.tenant.pos.sale.SaleFollowUps}: {@code FOR UPDATE SKIP LOCKED}
 * leases, exponential backoff, DEAD with the error's kind after {@code
 * vitrine.pos.follow-ups.max-attempts}). Delivery is at least once per asking version, whatever
 * stops in between: each consumer applies a sale once ({@code loyalty_ledger} per sale and rule,
 * one {@code messages} row per sale, one {@code sale_attributions} row per sale and feature), so a
 * follow-up run twice changes nothing. A new consumer adds a {@link
 * io.vitrine.tenant.pos.sale.FollowUp} kind and keeps that rule. What each replica keeps in memory
 * (the co-purchase counts) is not a follow-up: every replica reads the new sales itself ({@code
 * sales.created_xid}, see {@code checkout.CheckoutFeeds}).
 */
package io.vitrine.tenant.pos;
