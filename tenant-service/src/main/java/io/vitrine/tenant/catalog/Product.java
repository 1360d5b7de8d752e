package io.vitrine.tenant.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A valid catalog product: what PostgreSQL stores and the catalog index holds. Ingredients are
 * canonical INCI names.
 */
public record Product(
    String sku,
    String name,
    String brand,
    String category,
    BigDecimal price,
    String currency,
    String description,
    List<String> ingredients,
    List<String> skinTypes,
    List<String> concerns,
    boolean serialized,
    Integer shelfLifeMonths,
    Map<String, String> attributes) {}
