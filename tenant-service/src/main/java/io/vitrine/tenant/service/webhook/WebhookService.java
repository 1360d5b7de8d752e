package io.vitrine.tenant.service.webhook;

import static io.vitrine.tenant.service.webhook.WebhookRejectedException.Reason.MALFORMED;
import static io.vitrine.tenant.service.webhook.WebhookRejectedException.Reason.NOT_CONFIGURED;
import static io.vitrine.tenant.service.webhook.WebhookRejectedException.Reason.SIGNATURE;
import static io.vitrine.tenant.service.webhook.WebhookRejectedException.Reason.WRONG_ACCOUNT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.config.PosConfig;
import io.vitrine.tenant.model.PosProvider;
import io.vitrine.tenant.repository.WebhookEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Takes POS deliveries: verifies the signature over the raw body before anything reads it, checks
 * the sender's account, then records the event durably (once per dedup key) before it is
 * acknowledged. Normalisation into sales is later work; stored events stay RECEIVED.
 */
@ApplicationScoped
public class WebhookService {

  /** Whether a delivery was new or a repeat of one already recorded. */
  public enum Outcome {
    STORED,
    DUPLICATE
  }

  private static final Logger LOG = Logger.getLogger(WebhookService.class);

  /** The vendors retry after about 5 s; a slower store answers non-2xx before that. */
  private static final Duration STORE_TIMEOUT = Duration.ofSeconds(3);

  private static final int MAX_DEDUP_KEY_LENGTH = 255;

  private final WebhookEventRepository events;
  private final WebhookMetrics metrics;
  private final ObjectMapper json;
  private final Optional<String> configuredProvider;
  private final Optional<String> shopDomain;
  private final Optional<String> merchantId;
  private final Optional<ShopifySignature> shopify;
  private final Optional<SquareSignature> square;

  public WebhookService(
      PosConfig pos, WebhookEventRepository events, WebhookMetrics metrics, ObjectMapper json) {
    this.events = events;
    this.metrics = metrics;
    this.json = json;
    this.configuredProvider = pos.provider().map(String::trim);
    this.shopDomain = pos.shopDomain().map(String::trim).filter(domain -> !domain.isEmpty());
    this.merchantId = pos.merchantId().map(String::trim).filter(id -> !id.isEmpty());
    Optional<String> key = pos.webhookSigningKey().filter(value -> !value.isEmpty());
    this.shopify =
        is(PosProvider.SHOPIFY) && shopDomain.isPresent()
            ? key.map(ShopifySignature::new)
            : Optional.empty();
    Optional<String> url = pos.square().notificationUrl().filter(value -> !value.isEmpty());
    this.square =
        is(PosProvider.SQUARE) && url.isPresent()
            ? key.map(value -> new SquareSignature(value, url.get()))
            : Optional.empty();
  }

  public Uni<Outcome> acceptShopify(
      byte[] rawBody, String signature, String webhookId, String shop, String topic) {
    return accept(
        PosProvider.SHOPIFY,
        () -> {
          ShopifySignature verifier = verifier(shopify);
          if (!verifier.verify(rawBody, signature)) {
            throw new WebhookRejectedException(SIGNATURE, "The signature does not match.");
          }
          if (shop == null || !shop.trim().equalsIgnoreCase(shopDomain.orElseThrow())) {
            throw new WebhookRejectedException(
                WRONG_ACCOUNT, "The delivery is for another shop than this tenant's.");
          }
          jsonObject(rawBody);
          return new Event(
              PosProvider.SHOPIFY, dedupKey(webhookId, "X-Shopify-Webhook-Id"), topic, rawBody);
        });
  }

  public Uni<Outcome> acceptSquare(byte[] rawBody, String signature) {
    return accept(
        PosProvider.SQUARE,
        () -> {
          SquareSignature verifier = verifier(square);
          if (!verifier.verify(rawBody, signature)) {
            throw new WebhookRejectedException(SIGNATURE, "The signature does not match.");
          }
          JsonNode notification = jsonObject(rawBody);
          String sender = notification.path("merchant_id").asText(null);
          if (merchantId.isPresent() && !merchantId.get().equals(sender)) {
            throw new WebhookRejectedException(
                WRONG_ACCOUNT, "The delivery is for another merchant than this tenant's.");
          }
          String eventId = notification.path("event_id").asText(null);
          String type = notification.path("type").asText(null);
          return new Event(PosProvider.SQUARE, dedupKey(eventId, "event_id"), type, rawBody);
        });
  }

  private Uni<Outcome> accept(PosProvider provider, Verification verification) {
    metrics.received(provider);
    Event event;
    try {
      event = verification.verify();
    } catch (WebhookRejectedException e) {
      metrics.rejected(provider, e.reason());
      LOG.infof("Refused a %s delivery: %s", provider.configName(), e.reason().tag());
      return Uni.createFrom().failure(e);
    }
    return events
        .insertIfNew(event.provider(), event.dedupKey(), event.topic(), event.rawBody())
        .ifNoItem()
        .after(STORE_TIMEOUT)
        .fail()
        .onFailure()
        .transform(
            failure -> {
              metrics.storeFailed(provider);
              LOG.warnf(
                  "Could not record a %s delivery, answering 503 for a retry: %s",
                  provider.configName(), failure.toString());
              return new WebhookStoreUnavailableException(failure);
            })
        .map(
            stored -> {
              if (stored) {
                metrics.stored(provider);
                return Outcome.STORED;
              }
              metrics.duplicate(provider);
              return Outcome.DUPLICATE;
            });
  }

  private boolean is(PosProvider provider) {
    return configuredProvider.filter(provider.configName()::equalsIgnoreCase).isPresent();
  }

  private static <T> T verifier(Optional<T> configured) {
    return configured.orElseThrow(
        () ->
            new WebhookRejectedException(
                NOT_CONFIGURED, "This tenant takes no deliveries from this POS."));
  }

  /** Parses the body, only ever after its signature was verified. */
  private JsonNode jsonObject(byte[] rawBody) {
    try {
      JsonNode node = json.readTree(rawBody);
      if (node == null || !node.isObject()) {
        throw new WebhookRejectedException(MALFORMED, "The body is not a JSON object.");
      }
      return node;
    } catch (IOException e) {
      throw new WebhookRejectedException(MALFORMED, "The body is not JSON.");
    }
  }

  private static String dedupKey(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new WebhookRejectedException(MALFORMED, name + " is missing.");
    }
    if (value.length() > MAX_DEDUP_KEY_LENGTH) {
      throw new WebhookRejectedException(MALFORMED, name + " is too long.");
    }
    return value;
  }

  private record Event(PosProvider provider, String dedupKey, String topic, byte[] rawBody) {}

  @FunctionalInterface
  private interface Verification {
    Event verify();
  }
}
