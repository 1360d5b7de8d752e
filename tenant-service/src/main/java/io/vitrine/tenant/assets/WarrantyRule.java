package io.vitrine.tenant.assets;

/**
 * The retailer's warranty for a product.
 *
 * @param months the coverage from its start
 * @param transferable whether coverage follows the asset to a new owner (a resale or a transfer);
 *     if not, it ends at the change of owner
 * @param repairExtensionMonths what a repair under warranty adds under {@link RepairPolicy#EXTEND}
 */
public record WarrantyRule(
    String sku,
    int months,
    StartBasis startBasis,
    boolean transferable,
    RepairPolicy repairPolicy,
    int repairExtensionMonths) {

  /** From when coverage runs. */
  public enum StartBasis {
    /** The first sale to a customer. */
    SALE,
    /** The retailer's receipt of the item (a manufacturer's warranty from delivery). */
    RECEIVED
  }

  /** What a repair under warranty does to the coverage. */
  public enum RepairPolicy {
    NONE,
    /** Adds {@code repairExtensionMonths} to the end. */
    EXTEND,
    /** Coverage runs again for {@code months} from the repair, if that ends later. */
    RESTART
  }

  /** The catalog's {@code warranty_months} where the retailer set no rule. */
  static WarrantyRule fromCatalog(String sku, int months) {
    return new WarrantyRule(sku, months, StartBasis.SALE, true, RepairPolicy.NONE, 0);
  }
}
