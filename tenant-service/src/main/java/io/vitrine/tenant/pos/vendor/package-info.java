/**
 * The POS vendors' APIs (Shopify, Square, Lightspeed X and R, Clover): authenticated calls, the
 * mapping of each vendor's order payload to a normalised sale, and of its stock payloads to counts
 * by SKU.
 *
 * <p><b>Sale lines carry the retailer's SKU</b>, the key of the catalog, the stock and the
 * co-purchase counts: Shopify lines have it ({@code sku}); an R-Series line is its {@code Item}'s
 * {@code customSku}, else {@code systemSku} ({@code load_relations} includes {@code
 * SaleLines.Item}); a Square line's item variation, an X-Series line's product and a Clover line's
 * inventory item become their SKUs through the stock's cached look-ups ({@link SaleSkus}). A line
 * whose item has no SKU keeps the vendor's reference.
 *
 * <p><b>Stock, as each vendor documents it</b> (shapes and endpoints followed by the mappers and by
 * the ITs' fake vendors):
 *
 * <ul>
 *   <li>Shopify: the {@code inventory_levels/update} webhook topic, whose body is an InventoryLevel
 *       ({@code inventory_item_id}, {@code location_id}, {@code available}, {@code updated_at};
 *       https://shopify.dev/docs/api/webhooks and
 *       https://shopify.dev/docs/api/admin-rest/2025-01/resources/inventorylevel, listed with
 *       {@code location_ids} and {@code updated_at_min}); the SKU is the InventoryItem's ({@code
 *       GET inventory_items.json?ids=}, at most 100;
 *       https://shopify.dev/api/admin-rest/2025-01/resources/inventoryitem).
 *   <li>Square: {@code inventory.count.updated}, whose {@code data.object.inventory_counts} holds
 *       up to 100 InventoryCounts, two on a state change
 *       (https://developer.squareup.com/docs/inventory-api/webhooks,
 *       https://developer.squareup.com/reference/square/objects/InventoryCount); the poll is {@code
 *       POST /v2/inventory/counts/batch-retrieve} ({@code updated_after}, {@code states}, cursor;
 *       https://developer.squareup.com/reference/square/inventory-api); the SKU is the item
 *       variation's ({@code POST /v2/catalog/batch-retrieve}, {@code item_variation_data.sku}).
 *   <li>Lightspeed Retail X-Series: the {@code inventory.update} webhook, form-encoded with the
 *       record as JSON in {@code payload} (https://x-series-api.lightspeedhq.com/docs/webhooks,
 *       which also says webhooks are not guaranteed and polling keeps systems in sync); inventory
 *       records with {@code outlet_id}, {@code product_id}, the level and a {@code version}, listed
 *       by version ({@code after};
 *       https://x-series-api.lightspeedhq.com/v2026.01/reference/inventory); the SKU is the
 *       product's.
 *   <li>Clover: app webhooks batched per merchant, inventory items as {@code I:<id>} and the newer
 *       item stock topic as {@code IS:<id>} (https://docs.clover.com/docs/webhooks,
 *       https://docs.clover.com/dev/docs/upcoming-changes-to-inventory-webhooks); an item's stock
 *       is its {@code itemStock.quantity}, read by expanding {@code itemStock}
 *       (https://docs.clover.com/dev/docs/querying-inventory).
 *   <li>Lightspeed Retail R-Series: no webhooks; {@code Item} with {@code load_relations=
 *       ["ItemShops"]}, each ItemShop's {@code qoh} per {@code shopID} (0 is the all-shops total),
 *       polled by {@code timeStamp} (https://developers.lightspeedhq.com/retail/endpoints/Item/).
 * </ul>
 */
package io.vitrine.tenant.pos.vendor;
