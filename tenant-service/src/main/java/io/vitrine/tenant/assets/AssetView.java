package io.vitrine.tenant.assets;

import java.time.Instant;
import java.util.List;

/**
 * An asset as the till sees it: whether the retailer sold it and in which sale, the warranty left,
 * its service history and the open tasks about it.
 *
 * @param soldByUs the retailer's last sale of it; null when the retailer never sold it
 */
public record AssetView(
    Summary asset,
    SaleRef soldByUs,
    WarrantyStatus warranty,
    List<CustodyEvent> serviceHistory,
    List<AssetTask> openTasks) {

  /**
   * The asset's row.
   *
   * @param ownerPseudonym the customer who holds it, null while the retailer does
   * @param stolen reported stolen: every later touch is flagged
   */
  public record Summary(
      long id,
      String sku,
      String serial,
      String gtin,
      Long storeId,
      String ownerPseudonym,
      boolean stolen) {}

  /** The POS sale: {@code provider:posSaleId} is the source transaction. */
  public record SaleRef(
      long saleId, String provider, String posSaleId, Long storeId, Instant occurredAt) {}
}
