package io.vitrine.tenant.copilot;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A retrieved product or knowledge passage, as an answer cites it.
 *
 * @param id its id in the catalog index: the SKU of a product, {@code kb#<document>#<hash>} of a
 *     passage
 * @param type {@code product} or {@code passage}
 * @param title a product's name, a passage's document title and section
 * @param text a passage's text; a product's description
 * @param score the retrieval score (fused for hybrid retrieval: 0 to 1)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(
    String id,
    String type,
    String sku,
    String brand,
    String category,
    String documentId,
    String documentKind,
    String passageHash,
    String title,
    String text,
    double score) {

  public static final String PRODUCT = "product";
  public static final String PASSAGE = "passage";

  public boolean isProduct() {
    return PRODUCT.equals(type);
  }

  Source withScore(double newScore) {
    return new Source(
        id,
        type,
        sku,
        brand,
        category,
        documentId,
        documentKind,
        passageHash,
        title,
        text,
        newScore);
  }
}
