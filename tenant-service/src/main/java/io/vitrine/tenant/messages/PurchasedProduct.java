package io.vitrine.tenant.messages;

/**
 * A product on a completed sale, as the regimen guidance names it.
 *
 * @param sku what a drafted message cites, never what it shows
 */
public record PurchasedProduct(String name, String brand, String category, String sku) {

  public PurchasedProduct(String name, String brand, String category) {
    this(name, brand, category, null);
  }

  /** "Brand Name", or the name alone. */
  public String displayName() {
    return brand == null || brand.isBlank() ? name : brand + " " + name;
  }
}
