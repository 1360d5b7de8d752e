package io.vitrine.tenant.catalog;

import io.vitrine.tenant.common.embedding.TextEmbedder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The vector of each product, from what an associate would call it: name, brand, category and
 * description. Ingredients are left out: ingredient questions go to screening, never to similarity.
 */
final class ProductVectors {

  private final TextEmbedder embedder;

  ProductVectors(TextEmbedder embedder) {
    this.embedder = embedder;
  }

  Map<String, float[]> of(List<Product> products) {
    List<String> texts = new ArrayList<>(products.size());
    products.forEach(product -> texts.add(text(product)));
    List<float[]> embedded = embedder.embedAll(texts);
    var vectors = new LinkedHashMap<String, float[]>();
    for (int i = 0; i < products.size(); i++) {
      vectors.put(products.get(i).sku(), embedded.get(i));
    }
    return vectors;
  }

  static String text(Product product) {
    return Stream.of(product.name(), product.brand(), product.category(), product.description())
        .filter(Objects::nonNull)
        .filter(value -> !value.isBlank())
        .collect(Collectors.joining(". "));
  }
}
