/**
 * Which products are bought together: per-SKU co-purchase counts in memory, rebuilt from every sale
 * at start and periodically, and updated one sale at a time, each sale counted once.
 */
package io.vitrine.tenant.checkout.copurchase;
