package io.vitrine.tenant.assets;

import java.time.Instant;
import java.util.Map;

/** A task in {@code asset_tasks}. */
public record AssetTask(
    long id,
    AssetTaskKind kind,
    String status,
    Long saleId,
    Integer lineNumber,
    Long assetId,
    String sku,
    Long storeId,
    Map<String, Object> details,
    Instant createdAt) {}
