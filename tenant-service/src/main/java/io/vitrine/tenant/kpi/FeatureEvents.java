package io.vitrine.tenant.kpi;

import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.flags.Feature;
import java.time.Duration;

/**
 * Records uses of AI features per store into {@code feature_events}, the source of the KPIs that
 * StoreRollout gates read through the internal KPI endpoint.
 */
public interface FeatureEvents {

  /**
   * @param latency server-side latency for {@link FeatureEventKind#SHOWN} and {@link
   *     FeatureEventKind#ERROR}, null otherwise
   * @param suggestionId the suggestion the event is about, when there is one
   */
  Uni<Void> record(
      Feature feature,
      String storeId,
      FeatureEventKind kind,
      Duration latency,
      String suggestionId);
}
