package io.vitrine.tenant.checkout;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One scanned item of the cart. Name and category help when the catalog does not know the SKU. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record LineItem(
    @NotBlank @Size(max = 200) String sku,
    @Size(max = 500) String name,
    @Size(max = 200) String category) {}
