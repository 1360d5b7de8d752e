package io.vitrine.tenant.checkout.screening;

import static io.vitrine.tenant.common.problem.ProblemType.CHECKOUT_DEADLINE_EXCEEDED;
import static io.vitrine.tenant.common.problem.ProblemType.UNKNOWN_STORE;

import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.audit.AuditRow;
import io.vitrine.tenant.checkout.AnswerLog;
import io.vitrine.tenant.checkout.AuditDetails;
import io.vitrine.tenant.checkout.CartRequest;
import io.vitrine.tenant.checkout.CheckoutActions;
import io.vitrine.tenant.checkout.CheckoutConfig;
import io.vitrine.tenant.checkout.CheckoutDeadlines;
import io.vitrine.tenant.checkout.CheckoutWarmup;
import io.vitrine.tenant.checkout.ShopperProfiles;
import io.vitrine.tenant.checkout.TillAnswer;
import io.vitrine.tenant.checkout.TillContextRepository;
import io.vitrine.tenant.checkout.catalog.CatalogSnapshot;
import io.vitrine.tenant.checkout.catalog.CheckoutCatalog;
import io.vitrine.tenant.checkout.catalog.CheckoutProduct;
import io.vitrine.tenant.checkout.ranking.Ranker;
import io.vitrine.tenant.checkout.ranking.Shopper;
import io.vitrine.tenant.common.problem.Problem;
import io.vitrine.tenant.flags.Feature;
import io.vitrine.tenant.flags.FeatureFlags;
import io.vitrine.tenant.kpi.FeatureEventKind;
import io.vitrine.tenant.kpi.FeatureEvents;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Screens a cart against the customer's allergies and avoid-list, with safe in-stock alternatives
 * for every conflicting line; one database round trip. Every screening is stored and audited behind
 * the response, and every alert counted as an ALERT event.
 */
@ApplicationScoped
public class ScreeningService {

  static final Feature FEATURE = Feature.ALLERGY_SCREENING;

  private final FeatureFlags flags;
  private final CheckoutWarmup warmup;
  private final CheckoutCatalog catalog;
  private final TillContextRepository contexts;
  private final ShopperProfiles shoppers;
  private final AnswerLog answers;
  private final FeatureEvents events;
  private final CheckoutConfig config;
  private final CheckoutDeadlines deadlines;

  public ScreeningService(
      FeatureFlags flags,
      CheckoutWarmup warmup,
      CheckoutCatalog catalog,
      TillContextRepository contexts,
      ShopperProfiles shoppers,
      AnswerLog answers,
      FeatureEvents events,
      CheckoutConfig config,
      CheckoutDeadlines deadlines) {
    this.flags = flags;
    this.warmup = warmup;
    this.catalog = catalog;
    this.contexts = contexts;
    this.shoppers = shoppers;
    this.answers = answers;
    this.events = events;
    this.config = config;
    this.deadlines = deadlines;
  }

  /**
   * Screens within the checkout deadline, or fails with {@code checkout-deadline-exceeded}: a
   * screening cut short must never read as "no conflict".
   */
  public Uni<ScreenResponse> screen(CartRequest cart, String associate) {
    long started = System.nanoTime();
    if (!flags.enabled(FEATURE, cart.storeId())) {
      return Uni.createFrom().item(ScreenResponse.off(FEATURE.key()));
    }
    warmup.requireLoaded();
    return deadlines
        .startedAt(started)
        .guard(() -> check(cart), () -> missed(cart, started))
        .flatMap(result -> answer(cart, associate, result));
  }

  private Uni<CartScreening.Result> check(CartRequest cart) {
    CatalogSnapshot snapshot = catalog.snapshot();
    List<String> skus = cart.skus();
    var alternatives = new LinkedHashSet<String>();
    for (String sku : skus) {
      CheckoutProduct product = snapshot.products().get(sku);
      if (product != null) {
        alternatives.addAll(snapshot.bestSellers(product.category()));
      }
    }
    return contexts
        .load(cart.storeId(), cart.customerId(), alternatives)
        .map(
            context -> {
              if (context.storeId() == null) {
                throw Problem.of(UNKNOWN_STORE, cart.storeId());
              }
              Shopper shopper = shoppers.shopper(context, cart.sessionOrEmpty(), snapshot);
              return CartScreening.screen(
                  skus,
                  snapshot.products(),
                  shopper.avoid(),
                  snapshot::bestSellers,
                  context.inStock(),
                  config.alternatives());
            });
  }

  private Uni<CartScreening.Result> missed(CartRequest cart, long started) {
    return deadlines
        .exceeded(FEATURE, "screen", cart.storeId(), started)
        .onItem()
        .transformToUni(
            recorded ->
                Uni.createFrom()
                    .failure(
                        Problem.of(
                            CHECKOUT_DEADLINE_EXCEEDED, "screen", deadlines.budget().toMillis())));
  }

  private Uni<ScreenResponse> answer(
      CartRequest cart, String associate, CartScreening.Result result) {
    List<ScreenResponse.Alert> alerts =
        result.conflicts().stream().map(ScreeningService::alert).toList();
    Screening screening = stored(cart, associate, alerts);
    String screeningId = screening.id().toString();
    AuditRow audit =
        AuditDetails.entryAt(
            screening.createdAt(),
            associate,
            CheckoutActions.SCREENED,
            CheckoutActions.SCREENING,
            screeningId,
            screened(screening, alerts, result));
    var writes = new ArrayList<Uni<Void>>();
    writes.add(answers.later(TillAnswer.of(screening, audit)));
    for (int i = 0; i < alerts.size(); i++) {
      writes.add(events.record(FEATURE, cart.storeId(), FeatureEventKind.ALERT, null, screeningId));
    }
    return Uni.join()
        .all(writes)
        .andFailFast()
        .replaceWith(
            new ScreenResponse(
                true, FEATURE.key(), screeningId, alerts, result.unscreened(), unscreened(result)));
  }

  private static List<ScreenResponse.Unscreened> unscreened(CartScreening.Result result) {
    return result.unscreenedLines().stream()
        .map(line -> new ScreenResponse.Unscreened(line.sku(), line.reason(), line.detail()))
        .toList();
  }

  private Screening stored(CartRequest cart, String associate, List<ScreenResponse.Alert> alerts) {
    return new Screening(
        UUID.randomUUID(),
        cart.storeId(),
        cart.cartId(),
        cart.customerId(),
        associate,
        cart.skus(),
        Ranker.VERSION,
        flags.revision(FEATURE),
        OffsetDateTime.now(ZoneOffset.UTC),
        alerts.stream()
            .map(alert -> new ScreeningAlert(alert.sku(), alert.ingredients()))
            .toList());
  }

  private static Screened screened(
      Screening screening, List<ScreenResponse.Alert> alerts, CartScreening.Result result) {
    return new Screened(
        screening.cartId(),
        screening.posLocationId(),
        screening.customerPseudonym(),
        screening.associate(),
        screening.algorithm(),
        screening.flagsRevision(),
        screening.cartSkus(),
        alerts,
        result.unscreened(),
        unscreened(result));
  }

  private static ScreenResponse.Alert alert(CartScreening.LineConflict line) {
    return new ScreenResponse.Alert(
        line.product().sku(),
        line.product().name(),
        line.conflicts().stream().map(ScreeningService::ingredient).toList(),
        line.alternatives().stream()
            .map(product -> new ScreenResponse.Alternative(product.sku(), product.name()))
            .toList());
  }

  private static ScreenResponse.Ingredient ingredient(Conflict conflict) {
    return new ScreenResponse.Ingredient(conflict.ingredient(), conflict.avoided());
  }

  /** The audit details of a screening. */
  record Screened(
      String cartId,
      String storeId,
      String customer,
      String associate,
      String algorithm,
      long flagsRevision,
      List<String> cartSkus,
      List<ScreenResponse.Alert> alerts,
      List<String> unscreened,
      List<ScreenResponse.Unscreened> unscreenedReasons) {}
}
