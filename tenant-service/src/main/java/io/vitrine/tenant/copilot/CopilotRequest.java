package io.vitrine.tenant.copilot;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An associate's question, with what the till knows.
 *
 * @param storeId the store's POS location id; the feature flag is decided for it (without one, only
 *     where the copilot is on for every store)
 * @param cartSkus the SKUs in the cart, which stock and screening answers are about
 * @param customerId the customer's pseudonym, for their loyalty standing and their allergies (those
 *     only with their consent)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CopilotRequest(
    @NotBlank @Size(max = 1000) String question,
    @Size(max = 200) String storeId,
    @Size(max = 50) List<@NotNull @Size(max = 64) String> cartSkus,
    @Size(max = 200) String customerId) {

  public List<String> cartOrEmpty() {
    return cartSkus == null ? List.of() : cartSkus.stream().distinct().toList();
  }
}
