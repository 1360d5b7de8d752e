package io.vitrine.tenant.checkout;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A cart at the till, as the POS sends it to recommend and to screen.
 *
 * @param customerId the customer's pseudonym ({@code customers.pseudonym}); absent for a walk-in
 * @param storeId the store's POS location id
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CartRequest(
    @NotBlank @Size(max = 200) String cartId,
    @Size(max = 200) String customerId,
    @NotBlank @Size(max = 200) String storeId,
    @NotNull @NotEmpty @Size(max = 200) List<@NotNull @Valid LineItem> lineItems,
    @Valid SessionContext sessionContext) {

  public SessionContext sessionOrEmpty() {
    return sessionContext == null ? new SessionContext(null, null, List.of()) : sessionContext;
  }

  public List<String> skus() {
    return lineItems.stream().map(LineItem::sku).distinct().toList();
  }
}
