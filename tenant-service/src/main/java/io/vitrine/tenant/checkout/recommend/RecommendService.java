package io.vitrine.tenant.checkout.recommend;

import static io.vitrine.tenant.common.problem.ProblemType.UNKNOWN_STORE;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.audit.AuditRow;
import io.vitrine.tenant.checkout.AnswerLog;
import io.vitrine.tenant.checkout.AuditDetails;
import io.vitrine.tenant.checkout.CartRequest;
import io.vitrine.tenant.checkout.CheckoutActions;
import io.vitrine.tenant.checkout.CheckoutConfig;
import io.vitrine.tenant.checkout.CheckoutDeadlines;
import io.vitrine.tenant.checkout.CheckoutWarmup;
import io.vitrine.tenant.checkout.LineItem;
import io.vitrine.tenant.checkout.ShopperProfiles;
import io.vitrine.tenant.checkout.TillAnswer;
import io.vitrine.tenant.checkout.TillContextRepository;
import io.vitrine.tenant.checkout.catalog.CatalogSnapshot;
import io.vitrine.tenant.checkout.catalog.CheckoutCatalog;
import io.vitrine.tenant.checkout.catalog.CheckoutProduct;
import io.vitrine.tenant.checkout.catalog.ComplementRules;
import io.vitrine.tenant.checkout.copurchase.CoPurchaseIndex;
import io.vitrine.tenant.checkout.ranking.CoPurchase;
import io.vitrine.tenant.checkout.ranking.Complement;
import io.vitrine.tenant.checkout.ranking.ComplementCandidate;
import io.vitrine.tenant.checkout.ranking.ContentMatch;
import io.vitrine.tenant.checkout.ranking.RankedSuggestion;
import io.vitrine.tenant.checkout.ranking.Ranker;
import io.vitrine.tenant.checkout.ranking.RankingInput;
import io.vitrine.tenant.checkout.ranking.Shopper;
import io.vitrine.tenant.common.problem.Problem;
import io.vitrine.tenant.flags.Feature;
import io.vitrine.tenant.flags.FeatureFlags;
import io.vitrine.tenant.kpi.FeatureEventKind;
import io.vitrine.tenant.kpi.FeatureEvents;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recommends complementary products for a cart: gathers evidence from memory (co-purchases,
 * complements, best sellers), asks the search index only for carts without purchase evidence, reads
 * store, customer and stock in one query, ranks, and stores the answer (with its audit record) and
 * its KPI event behind the response.
 */
@ApplicationScoped
public class RecommendService {

  static final Feature FEATURE = Feature.CHECKOUT_RECOMMENDATIONS;

  /** Best sellers of each complementary category that compete for a place. */
  static final int COMPLEMENTS_PER_CATEGORY = 10;

  private final FeatureFlags flags;
  private final CheckoutWarmup warmup;
  private final CheckoutCatalog catalog;
  private final CoPurchaseIndex coPurchases;
  private final ComplementRules complements;
  private final ContentSimilarity content;
  private final TillContextRepository contexts;
  private final ShopperProfiles shoppers;
  private final AcceptanceFeedback priors;
  private final Ranker ranker;
  private final AnswerLog answers;
  private final FeatureEvents events;
  private final CheckoutConfig config;
  private final CheckoutDeadlines deadlines;
  private final Timer latency;

  public RecommendService(
      FeatureFlags flags,
      CheckoutWarmup warmup,
      CheckoutCatalog catalog,
      CoPurchaseIndex coPurchases,
      ComplementRules complements,
      ContentSimilarity content,
      TillContextRepository contexts,
      ShopperProfiles shoppers,
      AcceptanceFeedback priors,
      Ranker ranker,
      AnswerLog answers,
      FeatureEvents events,
      CheckoutConfig config,
      CheckoutDeadlines deadlines,
      MeterRegistry registry) {
    this.flags = flags;
    this.warmup = warmup;
    this.catalog = catalog;
    this.coPurchases = coPurchases;
    this.complements = complements;
    this.content = content;
    this.contexts = contexts;
    this.shoppers = shoppers;
    this.priors = priors;
    this.ranker = ranker;
    this.answers = answers;
    this.events = events;
    this.config = config;
    this.deadlines = deadlines;
    this.latency =
        Timer.builder("vitrine.checkout.recommend")
            .description("Server-side time of a recommendation, request accepted to answer ready")
            .publishPercentiles(0.5, 0.95, 0.99)
            .register(registry);
  }

  /**
   * Answers within the checkout deadline: when the evidence is not ranked by then, the answer has
   * no suggestions (suggesting without the customer's profile and the store's stock is unsafe) and
   * the miss is counted and recorded as an ERROR event.
   */
  public Uni<RecommendResponse> recommend(CartRequest cart, String associate) {
    long started = System.nanoTime();
    if (!flags.enabled(FEATURE, cart.storeId())) {
      return Uni.createFrom().item(RecommendResponse.off(FEATURE.key()));
    }
    warmup.requireLoaded();
    return deadlines
        .startedAt(started)
        .guard(
            () -> rank(cart).map(Optional::of),
            () -> Uni.createFrom().item(Optional.<Ranking>empty()))
        .flatMap(
            ranking ->
                ranking.isPresent()
                    ? answer(cart, associate, ranking.get(), started)
                    : withoutSuggestions(cart, started));
  }

  private Uni<Ranking> rank(CartRequest cart) {
    CatalogSnapshot snapshot = catalog.snapshot();
    List<String> skus = cart.skus();
    List<CoPurchase> partners =
        skus.stream().flatMap(sku -> coPurchases.partners(sku).stream()).toList();
    List<ComplementCandidate> completing = complementCandidates(cart, snapshot);
    int known = Ranker.candidateSkus(partners, completing, List.of()).size();
    Uni<List<ContentMatch>> similar =
        known < config.coldStartBelow()
            ? content.similarTo(likeText(cart, snapshot), skus)
            : Uni.createFrom().item(List.of());
    return similar.flatMap(
        matches ->
            contexts
                .load(
                    cart.storeId(),
                    cart.customerId(),
                    Ranker.candidateSkus(partners, completing, matches))
                .map(
                    context -> {
                      if (context.storeId() == null) {
                        throw Problem.of(UNKNOWN_STORE, cart.storeId());
                      }
                      Shopper shopper = shoppers.shopper(context, cart.sessionOrEmpty(), snapshot);
                      var input =
                          new RankingInput(
                              skus,
                              snapshot.products(),
                              partners,
                              completing,
                              matches,
                              shopper,
                              context.inStock(),
                              priors,
                              context.demotedStock());
                      return new Ranking(
                          shopper, ranker.rank(input, config.suggestions()), matches.size());
                    }));
  }

  private Uni<RecommendResponse> withoutSuggestions(CartRequest cart, long started) {
    return deadlines
        .exceeded(FEATURE, "recommend", cart.storeId(), started)
        .replaceWith(new RecommendResponse(true, FEATURE.key(), null, Ranker.VERSION, List.of()));
  }

  private Uni<RecommendResponse> answer(
      CartRequest cart, String associate, Ranking ranking, long started) {
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    latency.record(took);
    Suggestion suggestion =
        AnswerRecords.suggestion(cart, associate, flags.revision(FEATURE), ranking.suggestions());
    String suggestionId = suggestion.id().toString();
    AuditRow audit =
        AuditDetails.entryAt(
            suggestion.createdAt(),
            associate,
            CheckoutActions.SHOWN,
            CheckoutActions.SUGGESTION,
            suggestionId,
            AnswerRecords.shown(
                suggestion,
                ranking.suggestions(),
                ranking.shopper(),
                ranking.contentMatches(),
                took));
    return Uni.combine()
        .all()
        .unis(
            answers.later(TillAnswer.of(suggestion, audit)),
            events.record(FEATURE, cart.storeId(), FeatureEventKind.SHOWN, took, suggestionId))
        .discardItems()
        .replaceWith(AnswerRecords.response(suggestionId, ranking.suggestions()));
  }

  private List<ComplementCandidate> complementCandidates(
      CartRequest cart, CatalogSnapshot snapshot) {
    var candidates = new ArrayList<ComplementCandidate>();
    for (LineItem line : cart.lineItems()) {
      CheckoutProduct product = snapshot.products().get(line.sku());
      String category = product != null ? product.category() : line.category();
      for (Complement complement : complements.of(category)) {
        snapshot.bestSellers(complement.category()).stream()
            .limit(COMPLEMENTS_PER_CATEGORY)
            .forEach(sku -> candidates.add(new ComplementCandidate(sku, line.sku(), complement)));
      }
    }
    return candidates;
  }

  private static String likeText(CartRequest cart, CatalogSnapshot snapshot) {
    Set<String> words = new LinkedHashSet<>();
    for (LineItem line : cart.lineItems()) {
      CheckoutProduct product = snapshot.products().get(line.sku());
      addIfPresent(words, product != null ? product.name() : line.name());
      addIfPresent(words, product != null ? product.category() : line.category());
      addIfPresent(words, product != null ? product.brand() : null);
    }
    return words.stream().collect(Collectors.joining(" "));
  }

  private static void addIfPresent(Set<String> words, String word) {
    if (word != null && !word.isBlank()) {
      words.add(word);
    }
  }

  /** The ranked suggestions for one cart, with what they were ranked for. */
  private record Ranking(Shopper shopper, List<RankedSuggestion> suggestions, int contentMatches) {}
}
