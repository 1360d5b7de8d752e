/**
 * Which products are bought together: per-SKU co-purchase counts in each replica's memory, rebuilt
 * from every sale at start and periodically, and updated one sale at a time from the sales any
 * replica stored (followed by their creating transaction, every second), each sale counted once.
 */
package io.vitrine.tenant.checkout.copurchase;
