package io.vitrine.tenant.checkout;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The skin as the associate recorded it during the visit. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SkinProfile(@Size(max = 50) String type, List<@Size(max = 100) String> concerns) {}
