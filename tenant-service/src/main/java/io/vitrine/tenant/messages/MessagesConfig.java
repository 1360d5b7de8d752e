package io.vitrine.tenant.messages;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Drafting and delivery of approved messages ({@code vitrine.messages.*}). */
@ConfigMapping(prefix = "vitrine.messages")
public interface MessagesConfig {

  /**
   * How long a draft waits for the tenant's model to phrase it before the template's text is used
   * (drafting runs after the sale is stored, never on the checkout path).
   */
  @WithDefault("PT30S")
  Duration draftDeadline();

  /** How often the dispatcher looks for due outbox rows (a scheduler interval, e.g. 5s). */
  @WithDefault("5s")
  String dispatchEvery();

  /** Outbox rows taken per round. */
  @WithDefault("20")
  int batchSize();

  /** Attempts before a message is given up as FAILED. */
  @WithDefault("8")
  int maxAttempts();

  /** Wait after the first failed attempt; doubled after each further one. */
  @WithDefault("PT2S")
  Duration backoffInitial();

  @WithDefault("PT10M")
  Duration backoffMax();

  /** A claimed row is not claimed again for this long; longer than a request can take. */
  @WithDefault("PT60S")
  Duration lease();

  @WithDefault("PT10S")
  Duration requestTimeout();

  /** The e-mail delivery service. */
  Endpoint email();

  /** The SMS delivery service. */
  Endpoint sms();

  /** An HTTP delivery service; without a URL, messages for its channel wait and then fail. */
  interface Endpoint {

    Optional<URI> url();

    /** Sent as a bearer token when set. */
    Optional<String> token();
  }
}
