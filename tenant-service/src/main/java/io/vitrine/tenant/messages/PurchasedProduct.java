package io.vitrine.tenant.messages;

/** A product on a completed sale, as the regimen guidance names it. */
public record PurchasedProduct(String name, String brand, String category) {

  /** "Brand Name", or the name alone. */
  public String displayName() {
    return brand == null || brand.isBlank() ? name : brand + " " + name;
  }
}
