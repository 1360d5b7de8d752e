package io.vitrine.tenant.checkout.recommend;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** One suggestion as the associate sees it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SuggestionView(
    String sku, String name, String reason, double score, boolean discountEligible) {}
