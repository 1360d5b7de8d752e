package io.vitrine.tenant.kpi;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What KPIs are read over: a feature, a time range and stores.
 *
 * @param feature a feature key
 * @param from inclusive
 * @param to exclusive; null for up to now
 * @param stores POS location ids; null for every store
 */
record KpiScope(String feature, OffsetDateTime from, OffsetDateTime to, List<String> stores) {}
