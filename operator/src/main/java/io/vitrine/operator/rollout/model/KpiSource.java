package io.vitrine.operator.rollout.model;

import io.vitrine.api.kpi.KpiReport;
import io.vitrine.api.v1alpha1.rollout.FeatureName;
import java.time.Instant;
import java.util.List;

/** Reads a feature's KPIs over some stores since an instant (tenant-service, in one query). */
@FunctionalInterface
public interface KpiSource {

  KpiReport read(FeatureName feature, Instant since, List<String> stores);
}
