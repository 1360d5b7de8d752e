package io.vitrine.tenant.kpi;

import java.util.Map;

/**
 * A feature's event counts and order values over a scope, in total and per POS location id (a store
 * without events nor sales is absent).
 */
record KpiFigures(Figures total, Map<String, Figures> perStore) {

  /** The figures of one store, or of all the stores in scope. */
  record Figures(KpiCounts counts, OrderValues orders) {}
}
