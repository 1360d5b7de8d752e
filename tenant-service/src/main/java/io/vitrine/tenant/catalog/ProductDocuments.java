package io.vitrine.tenant.catalog;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A product as the catalog index holds it, in the operator's field names (snake case; {@code
 * ingredients} is the INCI keyword field with the {@code inci} normalizer).
 */
final class ProductDocuments {

  private ProductDocuments() {}

  static Map<String, Object> of(Product product) {
    return of(product, null);
  }

  /** With the product's vector, when the index takes vectors. */
  static Map<String, Object> of(Product product, float[] embedding) {
    var doc = new LinkedHashMap<String, Object>();
    doc.put(CatalogFields.DOC_TYPE, CatalogFields.PRODUCT);
    doc.put("sku", product.sku());
    doc.put("name", product.name());
    doc.put("brand", product.brand());
    doc.put("category", product.category());
    doc.put("description", product.description());
    doc.put("price", product.price());
    doc.put("currency", product.currency());
    doc.put("ingredients", product.ingredients());
    doc.put("skin_types", product.skinTypes());
    doc.put("concerns", product.concerns());
    doc.put("serialized", product.serialized());
    doc.put("shelf_life_months", product.shelfLifeMonths());
    doc.put("attributes", product.attributes());
    if (embedding != null) {
      doc.put(CatalogFields.EMBEDDING, embedding);
    }
    return doc;
  }

  @SuppressWarnings("unchecked")
  static Product from(Map<String, Object> doc) {
    Object price = doc.get("price");
    Object shelfLife = doc.get("shelf_life_months");
    return new Product(
        (String) doc.get("sku"),
        (String) doc.get("name"),
        (String) doc.get("brand"),
        (String) doc.get("category"),
        price == null ? null : new BigDecimal(price.toString()),
        (String) doc.get("currency"),
        (String) doc.get("description"),
        (List<String>) doc.getOrDefault("ingredients", List.of()),
        (List<String>) doc.getOrDefault("skin_types", List.of()),
        (List<String>) doc.getOrDefault("concerns", List.of()),
        Boolean.TRUE.equals(doc.get("serialized")),
        shelfLife == null ? null : ((Number) shelfLife).intValue(),
        (Map<String, String>) doc.getOrDefault("attributes", Map.of()));
  }
}
