package io.vitrine.tenant.checkout.recommend;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Up to three suggestions, and the id to send feedback about them to. When the feature is off for
 * the store, {@code enabled} is false and nothing else is set.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecommendResponse(
    boolean enabled,
    String feature,
    String suggestionId,
    String algorithm,
    List<SuggestionView> suggestions) {

  public static RecommendResponse off(String feature) {
    return new RecommendResponse(false, feature, null, null, List.of());
  }
}
