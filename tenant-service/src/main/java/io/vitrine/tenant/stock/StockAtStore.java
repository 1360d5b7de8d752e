package io.vitrine.tenant.stock;

import io.vitrine.tenant.stores.Coordinates;
import java.time.Instant;

/** A store's count of one SKU, with what the lookup needs of the store. */
record StockAtStore(
    long storeId,
    String posLocationId,
    String name,
    Coordinates coordinates,
    int quantity,
    String source,
    Instant countedAt) {}
