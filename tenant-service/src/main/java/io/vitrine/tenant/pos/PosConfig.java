package io.vitrine.tenant.pos;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The retailer's POS, as the operator configures it through {@code VITRINE_POS_*} environment
 * variables (the token and the signing key come from the tenant's POS Secret, the pseudonym key
 * from its own Secret). Everything is optional so that the service starts before its POS is
 * connected; a webhook endpoint whose provider is not configured refuses every delivery, and
 * without an API token nothing is fetched or polled. Once a provider is configured, the service
 * does not start without a pseudonym key (see {@code pos.sale.CustomerPseudonyms}).
 */
@ConfigMapping(prefix = "vitrine.pos")
public interface PosConfig {

  /**
   * {@code shopify}, {@code square}, {@code lightspeed-x}, {@code lightspeed-r}, {@code clover}.
   */
  Optional<String> provider();

  /** Shopify: the shop's {@code *.myshopify.com} domain. */
  Optional<String> shopDomain();

  /** Square and Clover: the merchant id. */
  Optional<String> merchantId();

  /** Lightspeed X-Series: the store's domain prefix. */
  Optional<String> domainPrefix();

  /** Lightspeed R-Series: the account id. */
  Optional<String> accountId();

  /** The POS API access token (Secret key {@code apiToken}). */
  Optional<String> apiToken();

  /**
   * Shopify: the app's client secret; Square: the webhook subscription's signature key; Lightspeed
   * X-Series: the app's client secret; Clover: the static {@code X-Clover-Auth} token.
   */
  Optional<String> webhookSigningKey();

  /**
   * The key of the keyed hash that turns a POS customer id into the customer's pseudonym: the
   * tenant's own, generated once by the operator (Secret {@code pseudonym-key}) and never rotated
   * with the POS credentials. Required as soon as a provider is configured.
   */
  Optional<String> pseudonymKey();

  Square square();

  Shopify shopify();

  Clover clover();

  /** Lightspeed X-Series. */
  LightspeedX lightspeedX();

  /** Lightspeed R-Series. */
  LightspeedR lightspeedR();

  Ingest ingest();

  Worker worker();

  Reconciliation reconciliation();

  /** What follows each stored sale in other features ({@code sale_follow_ups}). */
  FollowUps followUps();

  /** Square. */
  interface Square {

    /** The notification URL exactly as registered with Square: it is part of what is signed. */
    Optional<String> notificationUrl();

    @WithDefault("https://connect.squareup.com")
    String apiUrl();

    /** The {@code Square-Version} header sent with every API call. */
    @WithDefault("2025-01-23")
    String apiVersion();
  }

  /** Shopify. */
  interface Shopify {

    /** Defaults to {@code https://<shop-domain>}. */
    Optional<String> apiUrl();

    @WithDefault("2025-01")
    String apiVersion();
  }

  /** Clover. */
  interface Clover {

    @WithDefault("https://api.clover.com")
    String apiUrl();
  }

  /** Lightspeed Retail X-Series. */
  interface LightspeedX {

    /** Defaults to {@code https://<domain-prefix>.retail.lightspeed.app}. */
    Optional<String> apiUrl();
  }

  /** Lightspeed Retail R-Series. */
  interface LightspeedR {

    @WithDefault("https://api.lightspeedapp.com")
    String apiUrl();
  }

  /** How deliveries are written: concurrent ones share a statement and a commit. */
  interface Ingest {

    /** The most deliveries one insert statement takes. */
    @WithDefault("256")
    int maxBatch();

    /** The most insert statements running at once. */
    @WithDefault("4")
    int maxInFlight();
  }

  /** The worker that normalises stored events into sales. */
  interface Worker {

    /** How often it looks for due events ({@code off} disables it). */
    @WithDefault("1s")
    String interval();

    /**
     * Events leased per round; their sales are applied in one transaction, whose cost is its round
     * trips more than its rows.
     */
    @WithDefault("200")
    int batchSize();

    /** Batches leased and applied at once, each in its own transaction. */
    @WithDefault("2")
    int concurrency();

    /** Attempts before an event is marked FAILED. */
    @WithDefault("8")
    int maxAttempts();

    /** The first retry delay; doubled after each failed attempt. */
    @WithDefault("5s")
    Duration backoff();

    /** The longest retry delay. */
    @WithDefault("30m")
    Duration maxBackoff();

    /** How long a leased event is hidden from other workers while it is processed. */
    @WithDefault("2m")
    Duration lease();
  }

  /** The worker that runs the follow-ups of stored sales: loyalty, message, attribution. */
  interface FollowUps {

    /** How often it looks for due follow-ups ({@code off} disables it). */
    @WithDefault("1s")
    String interval();

    /** Follow-ups leased per round. */
    @WithDefault("50")
    int batchSize();

    /** Attempts before a follow-up is DEAD, with the reason of its last failure. */
    @WithDefault("8")
    int maxAttempts();

    /** The first retry delay; doubled after each failed attempt. */
    @WithDefault("5s")
    Duration backoff();

    /** The longest retry delay. */
    @WithDefault("30m")
    Duration maxBackoff();

    /** How long a leased follow-up is hidden from other replicas while it runs. */
    @WithDefault("2m")
    Duration lease();
  }

  /** The poll that enqueues what notifications missed. */
  interface Reconciliation {

    /** How often the vendor's API is polled ({@code off} disables it). */
    @WithDefault("5m")
    String interval();

    /** How far back the very first poll reads. */
    @WithDefault("24h")
    Duration initialLookback();

    /** Re-read this much before the watermark: the vendors' clocks and indexes lag a little. */
    @WithDefault("2m")
    Duration overlap();
  }
}
