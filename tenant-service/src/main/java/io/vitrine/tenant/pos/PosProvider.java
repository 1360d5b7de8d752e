package io.vitrine.tenant.pos;

/** The POS systems whose sales tenant-service takes, by the name the operator configures. */
public enum PosProvider {
  SHOPIFY("shopify"),
  SQUARE("square"),
  /** Lightspeed Retail X-Series: webhooks, then the sale is fetched. */
  LIGHTSPEED_X("lightspeed-x"),
  /** Lightspeed Retail R-Series: no webhooks, sales are polled. */
  LIGHTSPEED_R("lightspeed-r"),
  CLOVER("clover");

  private final String configName;

  PosProvider(String configName) {
    this.configName = configName;
  }

  /** The name in {@code vitrine.pos.provider}, in metric tags and in {@code webhook_events}. */
  public String configName() {
    return configName;
  }

  /** The provider configured under this name, if any (case-insensitive). */
  public static java.util.Optional<PosProvider> fromConfigName(String name) {
    for (PosProvider provider : values()) {
      if (provider.configName.equalsIgnoreCase(name == null ? "" : name.trim())) {
        return java.util.Optional.of(provider);
      }
    }
    return java.util.Optional.empty();
  }
}
