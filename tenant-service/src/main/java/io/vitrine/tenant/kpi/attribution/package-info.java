/**
 * Which completed sales an AI feature assisted ({@code sale_attributions}), decided once when the
 * sale arrives, by the rule of {@link io.vitrine.tenant.kpi.attribution.AttributionRule}.
 */
package io.vitrine.tenant.kpi.attribution;
