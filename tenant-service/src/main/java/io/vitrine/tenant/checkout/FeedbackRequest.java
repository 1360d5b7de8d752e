package io.vitrine.tenant.checkout;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.Size;

/**
 * An associate's decision on a suggestion.
 *
 * @param sku the suggested SKU decided on; for a reject, absent means every suggestion of the
 *     answer not yet decided
 * @param reason optional, free text of the associate (a reject's or an override's reason)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FeedbackRequest(@Size(max = 200) String sku, @Size(max = 500) String reason) {}
