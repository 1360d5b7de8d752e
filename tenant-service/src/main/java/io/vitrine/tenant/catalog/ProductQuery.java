package io.vitrine.tenant.catalog;

import java.util.Set;

/**
 * A catalog search: free text, exact filters, and canonical INCI names no hit may contain. Null and
 * empty mean "any".
 */
public record ProductQuery(
    String text,
    String brand,
    String category,
    String skinType,
    Set<String> excludedIngredients,
    int page,
    int size) {}
