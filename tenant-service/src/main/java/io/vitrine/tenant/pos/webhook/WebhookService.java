package io.vitrine.tenant.pos.webhook;

import static io.vitrine.tenant.common.problem.ProblemType.WEBHOOK_NOT_CONFIGURED;
import static io.vitrine.tenant.common.problem.ProblemType.WEBHOOK_SIGNATURE;
import static io.vitrine.tenant.common.problem.ProblemType.WEBHOOK_STORE_UNAVAILABLE;
import static io.vitrine.tenant.common.problem.ProblemType.WEBHOOK_WRONG_ACCOUNT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.common.problem.Problem;
import io.vitrine.tenant.pos.PosConfig;
import io.vitrine.tenant.pos.PosProvider;
import io.vitrine.tenant.pos.webhook.WebhookEventRepository.NewEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Takes POS deliveries: verifies the signature over the raw body before anything reads it, checks
 * the sender's account, then records the events durably (once per dedup key) before the delivery is
 * acknowledged. The events are normalised into sales later, by {@code pos.worker.EventWorker}.
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

  private final EventBatcher batcher;
  private final WebhookMetrics metrics;
  private final VendorDeliveries deliveries;
  private final Optional<String> shopDomain;
  private final Optional<String> merchantId;
  private final Optional<ShopifySignature> shopify;
  private final Optional<SquareSignature> square;
  private final Optional<LightspeedSignature> lightspeed;
  private final Optional<CloverAuth> clover;

  public WebhookService(
      PosConfig pos, EventBatcher batcher, WebhookMetrics metrics, ObjectMapper json) {
    this.batcher = batcher;
    this.metrics = metrics;
    this.deliveries = new VendorDeliveries(json, pos);
    Optional<PosProvider> provider = pos.provider().flatMap(PosProvider::fromConfigName);
    this.shopDomain = pos.shopDomain().map(String::trim).filter(domain -> !domain.isEmpty());
    this.merchantId = pos.merchantId().map(String::trim).filter(id -> !id.isEmpty());
    Optional<String> key = pos.webhookSigningKey().filter(value -> !value.isEmpty());
    this.shopify =
        provider.filter(PosProvider.SHOPIFY::equals).isPresent() && shopDomain.isPresent()
            ? key.map(ShopifySignature::new)
            : Optional.empty();
    Optional<String> url = pos.square().notificationUrl().filter(value -> !value.isEmpty());
    this.square =
        provider.filter(PosProvider.SQUARE::equals).isPresent() && url.isPresent()
            ? key.map(value -> new SquareSignature(value, url.get()))
            : Optional.empty();
    this.lightspeed =
        provider
            .filter(PosProvider.LIGHTSPEED_X::equals)
            .flatMap(p -> key)
            .map(LightspeedSignature::new);
    this.clover =
        provider.filter(PosProvider.CLOVER::equals).flatMap(p -> key).map(CloverAuth::new);
  }

  public Uni<Outcome> acceptShopify(
      byte[] rawBody, String signature, String webhookId, String shop, String topic) {
    return accept(
        PosProvider.SHOPIFY,
        () -> {
          if (!verifier(shopify).verify(rawBody, signature)) {
            throw signatureMismatch();
          }
          if (shop == null || !shop.trim().equalsIgnoreCase(shopDomain.orElseThrow())) {
            throw Problem.of(WEBHOOK_WRONG_ACCOUNT, "shop");
          }
          deliveries.jsonObject(rawBody);
          return List.of(
              new NewEvent(
                  PosProvider.SHOPIFY,
                  VendorDeliveries.dedupKey(webhookId, "X-Shopify-Webhook-Id"),
                  topic,
                  rawBody));
        });
  }

  public Uni<Outcome> acceptSquare(byte[] rawBody, String signature) {
    return accept(
        PosProvider.SQUARE,
        () -> {
          if (!verifier(square).verify(rawBody, signature)) {
            throw signatureMismatch();
          }
          JsonNode notification = deliveries.jsonObject(rawBody);
          String sender = notification.path("merchant_id").asText(null);
          if (merchantId.isPresent() && !merchantId.get().equals(sender)) {
            throw Problem.of(WEBHOOK_WRONG_ACCOUNT, "merchant");
          }
          String eventId = notification.path("event_id").asText(null);
          String type = notification.path("type").asText(null);
          return List.of(
              new NewEvent(
                  PosProvider.SQUARE,
                  VendorDeliveries.dedupKey(eventId, "event_id"),
                  type,
                  rawBody));
        });
  }

  /**
   * A Lightspeed X-Series webhook: a form-encoded body whose {@code payload} field holds the JSON
   * object; recorded once per (object id, version).
   */
  public Uni<Outcome> acceptLightspeed(byte[] rawBody, String signature) {
    return accept(
        PosProvider.LIGHTSPEED_X,
        () -> {
          if (!verifier(lightspeed).verify(rawBody, signature)) {
            throw signatureMismatch();
          }
          return List.of(deliveries.lightspeed(rawBody));
        });
  }

  /**
   * A Clover delivery: either the one-time verification code (no auth header yet; recorded, never
   * logged) or a batch of notifications per merchant, authenticated by {@code X-Clover-Auth}, each
   * order or inventory item notification recorded once per (merchant, object, type, ts).
   */
  public Uni<Outcome> acceptClover(byte[] rawBody, String auth) {
    return accept(
        PosProvider.CLOVER,
        () -> {
          CloverAuth verifier = verifier(clover);
          Optional<NewEvent> verification = deliveries.cloverVerification(rawBody, auth);
          if (verification.isPresent()) {
            LOG.info(
                "A Clover verification code arrived; it is stored in webhook_events"
                    + " (topic 'verification'), not logged.");
            return List.of(verification.get());
          }
          if (!verifier.verify(auth)) {
            throw signatureMismatch();
          }
          return deliveries.cloverNotifications(rawBody, merchantId);
        });
  }

  private Uni<Outcome> accept(PosProvider provider, Verification verification) {
    metrics.received(provider);
    List<NewEvent> events;
    try {
      events = verification.verify();
    } catch (Problem rejection) {
      String reason = WebhookMetrics.rejectionReason(rejection.type());
      metrics.rejected(provider, reason);
      LOG.infof("Refused a %s delivery: %s", provider.configName(), reason);
      return Uni.createFrom().failure(rejection);
    }
    if (events.isEmpty()) {
      return Uni.createFrom().item(Outcome.DUPLICATE);
    }
    return Uni.join()
        .all(events.stream().map(batcher::submit).toList())
        .andFailFast()
        .ifNoItem()
        .after(STORE_TIMEOUT)
        .fail()
        .onFailure()
        .transform(
            failure -> {
              metrics.storeFailed(provider);
              LOG.warnf(
                  "Could not record a %s delivery, answering 503 for a retry: %s",
                  provider.configName(), failure.getClass().getSimpleName());
              return Problem.of(WEBHOOK_STORE_UNAVAILABLE).causedBy(failure);
            })
        .map(stored -> outcome(provider, stored));
  }

  private Outcome outcome(PosProvider provider, List<Boolean> stored) {
    long fresh = stored.stream().filter(Boolean::booleanValue).count();
    metrics.stored(provider, fresh);
    metrics.duplicate(provider, stored.size() - fresh);
    return fresh > 0 ? Outcome.STORED : Outcome.DUPLICATE;
  }

  private static Problem signatureMismatch() {
    return Problem.of(WEBHOOK_SIGNATURE);
  }

  private static <T> T verifier(Optional<T> configured) {
    return configured.orElseThrow(() -> Problem.of(WEBHOOK_NOT_CONFIGURED));
  }

  @FunctionalInterface
  private interface Verification {
    List<NewEvent> verify();
  }
}
