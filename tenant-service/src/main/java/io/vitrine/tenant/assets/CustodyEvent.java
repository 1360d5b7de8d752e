package io.vitrine.tenant.assets;

import java.time.Instant;
import java.util.Map;

/**
 * One link of an asset's chain of custody.
 *
 * @param ownerPseudonym the customer holding the asset after the event, null for the retailer
 * @param stolenFlag the asset had been reported stolen when this touched it
 */
public record CustodyEvent(
    long id,
    long assetId,
    String sku,
    String serial,
    AssetEventKind kind,
    Instant occurredAt,
    Long storeId,
    String ownerPseudonym,
    Long saleId,
    String sourceTransaction,
    String actor,
    boolean stolenFlag,
    Map<String, Object> details) {}
