package io.vitrine.api.v1alpha1.rollout;

/** How an observed KPI compares with a gate's threshold. */
public enum Comparison {
  GreaterThanOrEqual,
  GreaterThan,
  LessThanOrEqual,
  LessThan;

  public boolean holds(double observed, double threshold) {
    return switch (this) {
      case GreaterThanOrEqual -> observed >= threshold;
      case GreaterThan -> observed > threshold;
      case LessThanOrEqual -> observed <= threshold;
      case LessThan -> observed < threshold;
    };
  }
}
