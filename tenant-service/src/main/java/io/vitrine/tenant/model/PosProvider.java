package io.vitrine.tenant.model;

/** The POS systems whose webhooks tenant-service takes, by the name the operator configures. */
public enum PosProvider {
  SHOPIFY("shopify"),
  SQUARE("square");

  private final String configName;

  PosProvider(String configName) {
    this.configName = configName;
  }

  /** The name in {@code vitrine.pos.provider}, in metric tags and in {@code webhook_events}. */
  public String configName() {
    return configName;
  }
}
