package io.vitrine.tenant.checkout;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.audit.AuditRow;
import io.vitrine.tenant.audit.AuditRows;
import io.vitrine.tenant.checkout.InvalidDecisionException.Kind;
import io.vitrine.tenant.checkout.ranking.Ranker;
import io.vitrine.tenant.checkout.recommend.AcceptanceFeedback;
import io.vitrine.tenant.common.db.Database;
import io.vitrine.tenant.flags.Feature;
import io.vitrine.tenant.flags.FeatureFlags;
import io.vitrine.tenant.kpi.FeatureEventKind;
import io.vitrine.tenant.kpi.FeatureEvents;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Associates' decisions on what the checkout showed: accepting or rejecting suggestions, and
 * overriding screening alerts. Each decision is its own append-only audit row, written through the
 * tenant's {@link AuditRows} before it is acknowledged, and a KPI event; accepts and rejects also
 * adjust future ranking. The suggestion or alert itself was written behind its answer by {@link
 * CheckoutAuditLog}, which is flushed before it is read back here.
 */
@ApplicationScoped
public class DecisionService {

  private final FeatureFlags flags;
  private final CheckoutAuditLog audit;
  private final Database database;
  private final FeatureEvents events;
  private final AcceptanceFeedback priors;

  public DecisionService(
      FeatureFlags flags,
      CheckoutAuditLog audit,
      Database database,
      FeatureEvents events,
      AcceptanceFeedback priors) {
    this.flags = flags;
    this.audit = audit;
    this.database = database;
    this.events = events;
    this.priors = priors;
  }

  /**
   * @param sku the accepted SKU; may be absent when the answer held a single suggestion
   */
  public Uni<FeedbackResponse> accept(String suggestionId, String sku, String associate) {
    return decide(suggestionId, sku, null, associate, true);
  }

  /**
   * @param sku the rejected SKU; absent rejects every suggestion of the answer not yet decided
   */
  public Uni<FeedbackResponse> reject(
      String suggestionId, String sku, String reason, String associate) {
    return decide(suggestionId, sku, reason, associate, false);
  }

  private Uni<FeedbackResponse> decide(
      String suggestionId, String sku, String reason, String associate, boolean accepted) {
    Feature feature = Feature.CHECKOUT_RECOMMENDATIONS;
    return audit
        .about(CheckoutActions.SUGGESTION, suggestionId)
        .flatMap(
            history -> {
              JsonNode shown = original(history, CheckoutActions.SHOWN, "suggestion", suggestionId);
              String storeId = shown.path("store_id").asText();
              if (!flags.enabled(feature, storeId)) {
                return Uni.createFrom().item(FeedbackResponse.off(feature.key(), suggestionId));
              }
              Map<String, String> anchors = suggested(shown);
              Set<String> decided =
                  decidedSkus(history, CheckoutActions.ACCEPTED, CheckoutActions.REJECTED);
              List<String> skus = target(sku, anchors, decided, accepted);
              String action = accepted ? CheckoutActions.ACCEPTED : CheckoutActions.REJECTED;
              var writes = new ArrayList<Uni<Void>>();
              for (String decidedSku : skus) {
                var details =
                    new Decided(
                        shown.path("cart_id").asText(),
                        storeId,
                        associate,
                        Ranker.VERSION,
                        decidedSku,
                        anchors.get(decidedSku),
                        reason);
                writes.add(
                    AuditRows.append(
                        database.client(),
                        AuditRow.of(
                            associate,
                            action,
                            CheckoutActions.SUGGESTION,
                            suggestionId,
                            map(details))));
                writes.add(
                    events.record(
                        feature,
                        storeId,
                        accepted ? FeatureEventKind.ACCEPTED : FeatureEventKind.REJECTED,
                        null,
                        suggestionId));
              }
              return Uni.join()
                  .all(writes)
                  .andFailFast()
                  .invoke(written -> skus.forEach(s -> priors.record(anchors.get(s), s, accepted)))
                  .replaceWith(
                      new FeedbackResponse(
                          true,
                          feature.key(),
                          suggestionId,
                          accepted ? "accepted" : "rejected",
                          skus));
            });
  }

  /** Overrides a screening alert: the associate sells the conflicting line anyway. */
  public Uni<FeedbackResponse> override(
      String screeningId, String sku, String reason, String associate) {
    Feature feature = Feature.ALLERGY_SCREENING;
    return audit
        .about(CheckoutActions.SCREENING, screeningId)
        .flatMap(
            history -> {
              JsonNode screened =
                  original(history, CheckoutActions.SCREENED, "screening", screeningId);
              String storeId = screened.path("store_id").asText();
              if (!flags.enabled(feature, storeId)) {
                return Uni.createFrom().item(FeedbackResponse.off(feature.key(), screeningId));
              }
              var alerted = new ArrayList<String>();
              screened.path("alerts").forEach(alert -> alerted.add(alert.path("sku").asText()));
              Set<String> overridden = decidedSkus(history, CheckoutActions.OVERRIDDEN);
              String target = overrideTarget(sku, alerted, overridden);
              var details =
                  new Decided(
                      screened.path("cart_id").asText(),
                      storeId,
                      associate,
                      Ranker.VERSION,
                      target,
                      null,
                      reason);
              return Uni.join()
                  .all(
                      AuditRows.append(
                          database.client(),
                          AuditRow.of(
                              associate,
                              CheckoutActions.OVERRIDDEN,
                              CheckoutActions.SCREENING,
                              screeningId,
                              map(details))),
                      events.record(
                          feature, storeId, FeatureEventKind.OVERRIDDEN, null, screeningId))
                  .andFailFast()
                  .replaceWith(
                      new FeedbackResponse(
                          true, feature.key(), screeningId, "overridden", List.of(target)));
            });
  }

  private static JsonNode original(List<AuditRow> history, String action, String what, String id) {
    return history.stream()
        .filter(entry -> entry.action().equals(action))
        .findFirst()
        .map(entry -> read(entry.details()))
        .orElseThrow(() -> new UnknownDecisionTargetException(what, id));
  }

  /** The suggested SKUs, in answer order, each with the cart item it was suggested for. */
  private static Map<String, String> suggested(JsonNode shown) {
    var anchors = new LinkedHashMap<String, String>();
    shown
        .path("suggestions")
        .forEach(
            suggestion ->
                anchors.put(
                    suggestion.path("sku").asText(), suggestion.path("anchor_sku").textValue()));
    return anchors;
  }

  private static Set<String> decidedSkus(List<AuditRow> history, String... actions) {
    var decided = new HashSet<String>();
    for (AuditRow entry : history) {
      if (List.of(actions).contains(entry.action())) {
        decided.add(read(entry.details()).path("sku").asText());
      }
    }
    return decided;
  }

  private static List<String> target(
      String sku, Map<String, String> anchors, Set<String> decided, boolean accepting) {
    if (sku == null || sku.isBlank()) {
      List<String> open = anchors.keySet().stream().filter(s -> !decided.contains(s)).toList();
      if (accepting && anchors.size() != 1) {
        throw new InvalidDecisionException(
            Kind.INVALID,
            "Name the accepted sku: the answer held " + anchors.size() + " suggestions.");
      }
      if (open.isEmpty()) {
        throw new InvalidDecisionException(
            Kind.ALREADY_DECIDED, "Every suggestion of this answer is already decided.");
      }
      return open;
    }
    if (!anchors.containsKey(sku)) {
      throw new InvalidDecisionException(
          Kind.INVALID, "The sku '" + sku + "' was not suggested in this answer.");
    }
    if (decided.contains(sku)) {
      throw new InvalidDecisionException(
          Kind.ALREADY_DECIDED, "The suggestion of '" + sku + "' is already decided.");
    }
    return List.of(sku);
  }

  private static String overrideTarget(String sku, List<String> alerted, Set<String> overridden) {
    if (sku == null || sku.isBlank()) {
      if (alerted.size() != 1) {
        throw new InvalidDecisionException(
            Kind.INVALID,
            "Name the overridden sku: the screening raised " + alerted.size() + " alerts.");
      }
      sku = alerted.get(0);
    }
    if (!alerted.contains(sku)) {
      throw new InvalidDecisionException(
          Kind.INVALID, "The screening raised no alert for the sku '" + sku + "'.");
    }
    if (overridden.contains(sku)) {
      throw new InvalidDecisionException(
          Kind.ALREADY_DECIDED, "The alert for '" + sku + "' is already overridden.");
    }
    return sku;
  }

  private static Map<String, Object> map(Decided details) {
    return AuditDetails.json().convertValue(details, new TypeReference<Map<String, Object>>() {});
  }

  private static JsonNode read(String details) {
    try {
      return AuditDetails.json().readTree(details);
    } catch (IOException e) {
      throw new UncheckedIOException("an audit record cannot be read", e);
    }
  }

  /** The audit details of a decision. */
  record Decided(
      String cartId,
      String storeId,
      String associate,
      String algorithm,
      String sku,
      String anchorSku,
      String reason) {}
}
