package io.vitrine.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum PosProvider {
  @JsonProperty("shopify")
  SHOPIFY(true),
  @JsonProperty("lightspeed-x")
  LIGHTSPEED_X(true),
  @JsonProperty("lightspeed-r")
  LIGHTSPEED_R(false),
  @JsonProperty("square")
  SQUARE(true),
  @JsonProperty("clover")
  CLOVER(true);

  private final boolean sendsWebhooks;

  PosProvider(boolean sendsWebhooks) {
    this.sendsWebhooks = sendsWebhooks;
  }

  /** Lightspeed Retail R-Series has no webhooks: its sales are polled. */
  public boolean sendsWebhooks() {
    return sendsWebhooks;
  }
}
