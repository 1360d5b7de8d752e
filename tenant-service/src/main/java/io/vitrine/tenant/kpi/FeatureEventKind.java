package io.vitrine.tenant.kpi;

/** What happened to one use of an AI feature; the KPIs are ratios and percentiles over these. */
public enum FeatureEventKind {
  /** A suggestion or result was shown to the associate, with the server-side latency. */
  SHOWN,
  /** The associate accepted a suggestion. */
  ACCEPTED,
  /** The associate rejected a suggestion. */
  REJECTED,
  /** The associate overrode a screening alert. */
  OVERRIDDEN,
  /** A screening alert was raised. */
  ALERT,
  /** The feature failed to answer. */
  ERROR
}
