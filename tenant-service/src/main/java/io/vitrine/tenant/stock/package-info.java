/**
 * Stock per store and SKU: owns the {@code inventory} table. Counts come from the POS ({@code
 * pos.worker} for webhooks, {@code pos.reconcile} for the polls, through {@link
 * io.vitrine.tenant.stock.StockService#applyFromPos}) and from imports ({@code
 * /v1/admin/stock/imports}, retailer-admin); associates ask where an item is ({@code
 * /v1/stock/{sku}?near=}, nearest store first). The till reads the table in its one statement
 * ({@code checkout.TillContextRepository}) and offers what {@link
 * io.vitrine.tenant.stock.StockPolicy} allows.
 *
 * <p><b>The vendor's count is the truth.</b> A count replaces the stored count of its store and SKU
 * only when it is newer: within one source by the source's own order ({@code version}: the vendor's
 * timestamp in milliseconds, or its version number), between sources (a POS and an import) by
 * {@code counted_at}. A repeated, late or older count changes nothing.
 *
 * <p><b>Stale and missing counts</b> ({@code vitrine.stock.*}). A positive count younger than
 * {@code stale-after} (72h) is in stock; zero or less is out of stock and never offered. A positive
 * count older than that is stale: by default ({@code stale=demote}) still offered, ranked lower
 * (the ranker multiplies its score by its stock factor and says so in the evidence); {@code
 * exclude} drops it, {@code offer} treats it as fresh. A candidate with no count in the store is
 * unknown: by default ({@code unknown=exclude}) not offered; {@code demote} or {@code offer} for
 * retailers whose POS reports only part of their stock. Safe alternatives of a screening follow the
 * same policy.
 *
 * <p><b>counted_at</b> is the vendor's time of the count where it gives one (Shopify {@code
 * updated_at}, Square {@code calculated_at}, Lightspeed R-Series {@code timeStamp}), otherwise the
 * time tenant-service read it from the vendor (Lightspeed X-Series, Clover), and for an import the
 * row's {@code counted_at} or the import's time. A count the vendor neither changes nor re-sends
 * ages: raise {@code stale-after} for slow-moving stock, or re-import.
 */
package io.vitrine.tenant.stock;
