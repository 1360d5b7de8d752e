package io.vitrine.tenant.checkout;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What the POS knows about the visit. Allergies are added to those of the customer's profile: group
 * names ({@code fragrance}, {@code nuts}, {@code vegan}) or ingredient names.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SessionContext(
    @Size(max = 50) String loyaltyTier,
    @Valid SkinProfile skinProfile,
    @Size(max = 100) List<@Size(max = 200) String> allergies) {

  public List<String> allergiesOrEmpty() {
    return allergies == null ? List.of() : allergies;
  }
}
