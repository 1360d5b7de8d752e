package io.vitrine.api.kpi;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a StoreRollout gate asks tenant-service's {@code POST /v1/internal/kpis}: a feature's KPIs
 * over some stores since an instant. The operator sends it; tenant-service validates it and answers
 * a {@link KpiReport}.
 *
 * @param feature a feature key, e.g. checkout-recommendations ({@code FeatureName.key()})
 * @param since RFC 3339, typically the start of the rollout phase
 * @param stores POS location ids of the phase's stores
 */
public record KpiRequest(
    @NotBlank
        @Pattern(
            regexp =
                "checkout-recommendations|allergy-screening|loyalty-personalization|clienteling"
                    + "|post-purchase-messages|copilot",
            message = "must be a feature key such as checkout-recommendations")
        String feature,
    @NotNull OffsetDateTime since,
    @NotNull @Size(max = 5000) List<@NotBlank @Size(max = 128) String> stores) {}
