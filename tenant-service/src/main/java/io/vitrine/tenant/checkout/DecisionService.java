package io.vitrine.tenant.checkout;

import static io.vitrine.tenant.common.problem.ProblemType.CHECKOUT_ALREADY_DECIDED;
import static io.vitrine.tenant.common.problem.ProblemType.CHECKOUT_DECISION_TARGET_NOT_FOUND;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vitrine.tenant.audit.AuditRow;
import io.vitrine.tenant.audit.AuditRows;
import io.vitrine.tenant.checkout.recommend.AcceptanceFeedback;
import io.vitrine.tenant.checkout.recommend.DecidableSuggestion;
import io.vitrine.tenant.checkout.recommend.Decision;
import io.vitrine.tenant.checkout.recommend.SuggestionRepository;
import io.vitrine.tenant.checkout.screening.OverridableScreening;
import io.vitrine.tenant.checkout.screening.ScreeningRepository;
import io.vitrine.tenant.common.problem.Problem;
import io.vitrine.tenant.flags.Feature;
import io.vitrine.tenant.flags.FeatureFlags;
import io.vitrine.tenant.kpi.FeatureEventKind;
import io.vitrine.tenant.kpi.FeatureEvents;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Associates' decisions on what the checkout showed: accepting or rejecting suggestions, and
 * overriding screening alerts. Each decision is stored with its audit row in one transaction before
 * it is acknowledged (a decision already stored for the same SKU makes it a conflict), and counted
 * as a KPI event; accepts and rejects also adjust future ranking, on this replica at once and on
 * the others within seconds ({@code AcceptanceFeedback}). The answers themselves are written behind
 * their response by the {@link AnswerLog}, which is flushed before one is read here.
 */
@ApplicationScoped
public class DecisionService {

  private final FeatureFlags flags;
  private final AnswerLog answers;
  private final SuggestionRepository suggestions;
  private final ScreeningRepository screenings;
  private final Pool pool;
  private final FeatureEvents events;
  private final AcceptanceFeedback priors;

  public DecisionService(
      FeatureFlags flags,
      AnswerLog answers,
      SuggestionRepository suggestions,
      ScreeningRepository screenings,
      Pool pool,
      FeatureEvents events,
      AcceptanceFeedback priors) {
    this.flags = flags;
    this.answers = answers;
    this.suggestions = suggestions;
    this.screenings = screenings;
    this.pool = pool;
    this.events = events;
    this.priors = priors;
  }

  /**
   * @param sku the accepted SKU; may be absent when the answer held a single suggestion
   */
  public Uni<FeedbackResponse> accept(String suggestionId, String sku, String associate) {
    return decide(
        suggestionId,
        Decision.ACCEPTED,
        null,
        associate,
        shown -> DecisionTargets.accepted(sku, suggested(shown), shown.decided()));
  }

  /**
   * @param sku the rejected SKU; absent rejects every suggestion of the answer not yet decided
   */
  public Uni<FeedbackResponse> reject(
      String suggestionId, String sku, String reason, String associate) {
    return decide(
        suggestionId,
        Decision.REJECTED,
        reason,
        associate,
        shown -> DecisionTargets.rejected(sku, suggested(shown), shown.decided()));
  }

  /** Overrides a screening alert: the associate sells the conflicting line anyway. */
  public Uni<FeedbackResponse> override(
      String screeningId, String sku, String reason, String associate) {
    Feature feature = Feature.ALLERGY_SCREENING;
    return answers
        .flush()
        .chain(() -> screening(screeningId))
        .chain(
            screened ->
                flags.enabled(feature, screened.posLocationId())
                    ? override(screeningId, screened, sku, reason, associate)
                    : Uni.createFrom().item(FeedbackResponse.off(feature.key(), screeningId)));
  }

  private Uni<FeedbackResponse> decide(
      String suggestionId,
      Decision decision,
      String reason,
      String associate,
      Function<DecidableSuggestion, List<String>> targets) {
    Feature feature = Feature.CHECKOUT_RECOMMENDATIONS;
    return answers
        .flush()
        .chain(() -> suggestion(suggestionId))
        .chain(
            shown ->
                flags.enabled(feature, shown.posLocationId())
                    ? decide(suggestionId, shown, targets.apply(shown), decision, reason, associate)
                    : Uni.createFrom().item(FeedbackResponse.off(feature.key(), suggestionId)));
  }

  private Uni<FeedbackResponse> decide(
      String suggestionId,
      DecidableSuggestion shown,
      List<String> skus,
      Decision decision,
      String reason,
      String associate) {
    Feature feature = Feature.CHECKOUT_RECOMMENDATIONS;
    UUID id = UUID.fromString(suggestionId);
    List<AuditRow> audit =
        skus.stream()
            .map(sku -> decided(suggestionId, shown, sku, decision, reason, associate))
            .toList();
    FeatureEventKind kind =
        decision == Decision.ACCEPTED ? FeatureEventKind.ACCEPTED : FeatureEventKind.REJECTED;
    return pool.withTransaction(
            sql ->
                suggestions
                    .decide(sql, id, skus, decision, reason, associate)
                    .chain(stored -> stored ? AuditRows.append(sql, audit) : decidedMeanwhile()))
        .chain(() -> recordEach(skus, feature, shown.posLocationId(), kind, suggestionId))
        .invoke(
            () ->
                skus.forEach(
                    sku ->
                        priors.record(
                            suggestionId,
                            shown.anchors().get(sku),
                            sku,
                            decision == Decision.ACCEPTED)))
        .replaceWith(
            new FeedbackResponse(
                true, feature.key(), suggestionId, decision.name().toLowerCase(Locale.ROOT), skus));
  }

  private Uni<FeedbackResponse> override(
      String screeningId,
      OverridableScreening screened,
      String sku,
      String reason,
      String associate) {
    Feature feature = Feature.ALLERGY_SCREENING;
    String target = DecisionTargets.overridden(sku, screened.alerted(), screened.overridden());
    AuditRow audit =
        AuditDetails.entryAt(
            null,
            associate,
            CheckoutActions.OVERRIDDEN,
            CheckoutActions.SCREENING,
            screeningId,
            new Decided(
                screened.cartId(),
                screened.posLocationId(),
                associate,
                screened.algorithm(),
                target,
                null,
                reason));
    return pool.withTransaction(
            sql ->
                screenings
                    .override(sql, UUID.fromString(screeningId), target, reason, associate)
                    .chain(stored -> stored ? AuditRows.append(sql, audit) : decidedMeanwhile()))
        .chain(
            () ->
                recordEach(
                    List.of(target),
                    feature,
                    screened.posLocationId(),
                    FeatureEventKind.OVERRIDDEN,
                    screeningId))
        .replaceWith(
            new FeedbackResponse(true, feature.key(), screeningId, "overridden", List.of(target)));
  }

  private Uni<DecidableSuggestion> suggestion(String suggestionId) {
    return stored(suggestionId, "suggestion", suggestions::find);
  }

  private Uni<OverridableScreening> screening(String screeningId) {
    return stored(screeningId, "screening", screenings::find);
  }

  /** The answer with this id, or a failure naming it when no answer has it. */
  private static <T> Uni<T> stored(String id, String what, Function<UUID, Uni<Optional<T>>> find) {
    return AnswerIds.parse(id)
        .map(find)
        .orElseGet(() -> Uni.createFrom().item(Optional.empty()))
        .map(
            found ->
                found.orElseThrow(() -> Problem.of(CHECKOUT_DECISION_TARGET_NOT_FOUND, what, id)));
  }

  /** One KPI event per decided SKU. */
  private Uni<Void> recordEach(
      List<String> skus, Feature feature, String store, FeatureEventKind kind, String id) {
    return Uni.join()
        .all(skus.stream().map(sku -> events.record(feature, store, kind, null, id)).toList())
        .andFailFast()
        .replaceWithVoid();
  }

  private static AuditRow decided(
      String suggestionId,
      DecidableSuggestion shown,
      String sku,
      Decision decision,
      String reason,
      String associate) {
    return AuditDetails.entryAt(
        null,
        associate,
        decision == Decision.ACCEPTED ? CheckoutActions.ACCEPTED : CheckoutActions.REJECTED,
        CheckoutActions.SUGGESTION,
        suggestionId,
        new Decided(
            shown.cartId(),
            shown.posLocationId(),
            associate,
            shown.algorithm(),
            sku,
            shown.anchors().get(sku),
            reason));
  }

  private static List<String> suggested(DecidableSuggestion shown) {
    return List.copyOf(shown.anchors().keySet());
  }

  /** A concurrent request stored a decision on the same SKU after this one read the answer. */
  private static Uni<Void> decidedMeanwhile() {
    return Uni.createFrom()
        .failure(
            Problem.of(
                CHECKOUT_ALREADY_DECIDED,
                "This decision was recorded meanwhile by another request."));
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
