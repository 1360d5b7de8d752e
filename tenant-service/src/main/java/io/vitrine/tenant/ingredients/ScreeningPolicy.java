package io.vitrine.tenant.ingredients;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The retailer's screening policy ({@code vitrine.screening.*}). */
@ConfigMapping(prefix = "vitrine.screening")
public interface ScreeningPolicy {

  /**
   * Whether shea, coconut, argan, marula and kukui count as nuts for a nut-allergic customer:
   * {@code include} (the default: flag them) or {@code exclude}.
   */
  @WithDefault("include")
  BorderlineNuts borderlineNuts();
}
