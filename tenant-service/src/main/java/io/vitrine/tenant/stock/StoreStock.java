package io.vitrine.tenant.stock;

import java.time.Instant;

/**
 * One store's stock of a SKU, as {@code GET /v1/stock/{sku}} answers it.
 *
 * @param quantity the count, as the source reported it
 * @param source where the count came from: the POS ({@code shopify}, ...) or {@code import}
 * @param countedAt when the source last changed or confirmed the count
 * @param distanceKm from the store asked about, when both have coordinates; otherwise null
 */
public record StoreStock(
    long storeId,
    String posLocationId,
    String name,
    int quantity,
    StockStatus status,
    String source,
    Instant countedAt,
    Double distanceKm) {}
