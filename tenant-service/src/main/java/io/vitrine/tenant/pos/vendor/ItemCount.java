package io.vitrine.tenant.pos.vendor;

import java.time.Instant;

/**
 * A vendor's count of one of its items at one location, before the item's SKU is known.
 *
 * @param itemRef the vendor's id of the item (inventory item, catalog variation, product, ...)
 * @param version the vendor's order of the count: a timestamp in milliseconds or its version
 */
record ItemCount(
    String locationId, String itemRef, int quantity, long version, Instant countedAt) {}
