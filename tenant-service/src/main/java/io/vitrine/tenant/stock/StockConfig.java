package io.vitrine.tenant.stock;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the till treats counts by age, and the limits of imports ({@code vitrine.stock.*}). */
@ConfigMapping(prefix = "vitrine.stock")
public interface StockConfig {

  /** A positive count whose {@code counted_at} is older than this is stale. */
  @WithDefault("72h")
  Duration staleAfter();

  /** A stale positive count: {@code exclude}, {@code demote} (the default) or {@code offer}. */
  @WithDefault("demote")
  StockHandling stale();

  /**
   * A candidate with no count at all in the store: {@code exclude} (the default), {@code demote} or
   * {@code offer}, for retailers whose POS reports only some of their stock.
   */
  @WithDefault("exclude")
  StockHandling unknown();

  /** The most rows one import takes; a larger file is refused whole, to be split by store. */
  @WithDefault("100000")
  int importMaxRows();
}
