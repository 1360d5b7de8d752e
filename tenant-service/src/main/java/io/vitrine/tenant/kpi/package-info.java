/**
 * Business KPIs per feature and store: feature events ({@code feature_events}) written behind the
 * request, read per store for managers ({@code /v1/admin/kpis}) and per rollout phase for the
 * operator's StoreRollout gates ({@code /v1/internal/kpis}).
 */
package io.vitrine.tenant.kpi;
