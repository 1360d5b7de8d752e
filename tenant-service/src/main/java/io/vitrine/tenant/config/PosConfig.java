package io.vitrine.tenant.config;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * The retailer's POS, as the operator configures it through {@code VITRINE_POS_*} environment
 * variables (the token and the signing key come from the tenant's POS Secret). Everything is
 * optional so that the service starts before its POS is connected; a webhook endpoint whose
 * provider is not configured refuses every delivery.
 */
@ConfigMapping(prefix = "vitrine.pos")
public interface PosConfig {

  /** {@code shopify}, {@code square}, ... as the operator writes it. */
  Optional<String> provider();

  /** Shopify: the shop's {@code *.myshopify.com} domain. */
  Optional<String> shopDomain();

  /** Square: the merchant (seller) id. */
  Optional<String> merchantId();

  /** Lightspeed X-Series: the store's domain prefix (set by the operator; used later). */
  Optional<String> domainPrefix();

  /** Lightspeed R-Series: the account id (set by the operator; used later). */
  Optional<String> accountId();

  Optional<String> apiToken();

  /** Shopify: the app's client secret; Square: the webhook subscription's signature key. */
  Optional<String> webhookSigningKey();

  Square square();

  interface Square {

    /** The notification URL exactly as registered with Square: it is part of what is signed. */
    Optional<String> notificationUrl();
  }
}
