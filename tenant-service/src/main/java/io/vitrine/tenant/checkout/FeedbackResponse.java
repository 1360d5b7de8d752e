package io.vitrine.tenant.checkout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * What was recorded. When the feature is off for the suggestion's store, {@code enabled} is false
 * and nothing was recorded.
 *
 * @param id the suggestion or screening id
 * @param action {@code accepted}, {@code rejected} or {@code overridden}
 * @param skus the SKUs the decision was recorded for
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedbackResponse(
    boolean enabled, String feature, String id, String action, List<String> skus) {

  public static FeedbackResponse off(String feature, String id) {
    return new FeedbackResponse(false, feature, id, null, List.of());
  }
}
