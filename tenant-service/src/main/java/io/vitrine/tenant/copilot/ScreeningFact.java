package io.vitrine.tenant.copilot;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * What the screening engine says of the products a question is about, against what the question
 * names ("nuts") and the customer avoids. Only these verdicts may say a product is safe.
 *
 * @param avoided the allergen groups and ingredients screened for; empty when nothing was named
 * @param available false when screening cannot answer now (the catalog is still loading): then
 *     nothing is said to be safe
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScreeningFact(
    List<String> avoided, boolean available, List<ProductVerdict> products) {

  /**
   * One product's verdict.
   *
   * @param verdict {@code conflict}, {@code no-conflict} or {@code not-screened}
   * @param conflicts each ingredient and what it is avoided as ({@code PARFUM -> fragrance})
   * @param reason why it could not be screened ({@code no-ingredient-list}, ...)
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ProductVerdict(
      String sku, String name, String verdict, List<String> conflicts, String reason) {

    static final String CONFLICT = "conflict";
    static final String NO_CONFLICT = "no-conflict";
    static final String NOT_SCREENED = "not-screened";
  }
}
