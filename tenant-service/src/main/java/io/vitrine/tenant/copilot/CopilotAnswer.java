package io.vitrine.tenant.copilot;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * The copilot's answer. When the feature is off for the store, {@code enabled} is false and nothing
 * else is set.
 *
 * @param answerId the id of the audit record
 * @param generatedBy {@code fallback} when no model wrote the text (none configured, or it failed
 *     or was too slow), else the model's name
 * @param foundNothing true when nothing relevant was retrieved: the answer then says so and whom to
 *     ask ({@code askInstead}) instead of guessing
 * @param sources what the answer was built from and cites as [1], [2] ...: the items Vitrine
 *     retrieved and gave to the writer, best first
 * @param stock the stock tool's counts, when the question is about stock
 * @param screening the screening engine's verdicts, when the question is about ingredients or
 *     allergies: the only statement of safety in the answer
 * @param loyalty the customer's loyalty standing, when asked about and a customer is given
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CopilotAnswer(
    boolean enabled,
    String feature,
    String answerId,
    String answer,
    String generatedBy,
    Boolean foundNothing,
    String askInstead,
    List<Source> sources,
    List<StoreStock> stock,
    ScreeningFact screening,
    LoyaltyFact loyalty) {

  public static final String FALLBACK = "fallback";

  static CopilotAnswer off(String feature) {
    return new CopilotAnswer(false, feature, null, null, null, null, null, null, null, null, null);
  }
}
