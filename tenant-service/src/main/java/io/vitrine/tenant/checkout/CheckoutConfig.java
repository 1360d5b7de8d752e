package io.vitrine.tenant.checkout;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Tuning of checkout recommendations and screening; the defaults suit a store's till. */
@ConfigMapping(prefix = "vitrine.checkout")
public interface CheckoutConfig {

  /** Suggestions per answer. */
  @WithDefault("3")
  int suggestions();

  /** Safe alternatives offered per conflicting cart line. */
  @WithDefault("3")
  int alternatives();

  /** Co-purchase partners tracked per SKU (the size of its heavy-hitter sketch). */
  @WithDefault("48")
  int partnersTracked();

  /** Co-purchase partners of each cart item considered for ranking. */
  @WithDefault("20")
  int partnersConsidered();

  /** Best sellers kept per category, for complements and safe alternatives. */
  @WithDefault("30")
  int bestSellersPerCategory();

  /** Below this many candidates from purchase evidence, the search index is asked (cold start). */
  @WithDefault("6")
  int coldStartBelow();

  /** How long a cold-start search may take before the answer goes without it. */
  @WithDefault("60ms")
  Duration contentTimeout();

  /**
   * The longest a till waits for recommend or screen, from the request being accepted to its answer
   * being ready: recommend then answers without suggestions, screen with 503 (never a partial "no
   * conflict"). Within the sub-second budget of a till; at 250 ms a service warming up under 300
   * requests/s missed it for 40 s on end (the recommend benchmark), at 800 ms it does not.
   */
  @WithDefault("800ms")
  Duration deadline();

  /** How often products changed since the last load are read into the in-memory catalog. */
  @WithDefault("30s")
  Duration catalogRefresh();

  /** Audit and KPI records are written in batches at least this often. */
  @WithDefault("25ms")
  Duration writeBehindInterval();

  /** Records waiting to be written; a full queue makes callers wait for a write. */
  @WithDefault("20000")
  int writeBehindCapacity();

  /**
   * How often this replica reads the sales and decisions any replica stored since it last did, into
   * its co-purchase counts and feedback priors (a scheduler interval); {@code off} disables.
   */
  @WithDefault("1s")
  String followEvery();

  /** The co-purchase counts. */
  Copurchase copurchase();

  /** The co-purchase counts' full rebuilds, beyond the one at start. */
  interface Copurchase {
    /**
     * How often the counts are rebuilt from every sale, correcting updated and deleted sales (a
     * scheduler interval, e.g. 6h); {@code off} disables.
     */
    @WithDefault("6h")
    String rebuildEvery();
  }
}
