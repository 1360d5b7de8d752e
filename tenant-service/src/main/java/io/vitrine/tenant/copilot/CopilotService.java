package io.vitrine.tenant.copilot;

import io.vitrine.tenant.audit.AuditRow;
import io.vitrine.tenant.audit.AuditRows;
import io.vitrine.tenant.common.db.Database;
import io.vitrine.tenant.flags.Feature;
import io.vitrine.tenant.flags.FeatureFlags;
import io.vitrine.tenant.ingredients.AllergenGroups;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Answers an associate's question: retrieves, asks the tools the question needs, composes the
 * answer with its citations, lets {@link AnswerPhrasing} re-word the retrieved part if it can, and
 * audits it. Blocking: runs on a worker thread.
 */
@ApplicationScoped
public class CopilotService {

  static final Feature FEATURE = Feature.COPILOT;
  private static final Logger LOG = Logger.getLogger(CopilotService.class);

  private final FeatureFlags flags;
  private final CatalogRetriever retriever;
  private final CopilotTools tools;
  private final AllergenGroups allergens;
  private final AnswerPhrasing phrasing;
  private final Database database;
  private final CopilotConfig config;

  public CopilotService(
      FeatureFlags flags,
      CatalogRetriever retriever,
      CopilotTools tools,
      AllergenGroups allergens,
      AnswerPhrasing phrasing,
      Database database,
      CopilotConfig config) {
    this.flags = flags;
    this.retriever = retriever;
    this.tools = tools;
    this.allergens = allergens;
    this.phrasing = phrasing;
    this.database = database;
    this.config = config;
  }

  public CopilotAnswer answer(CopilotRequest request, String associate) {
    if (!flags.enabled(FEATURE, request.storeId())) {
      return CopilotAnswer.off(FEATURE.key());
    }
    QuestionIntents intents = QuestionIntents.of(request.question(), allergens);
    Retrieval retrieval =
        retriever.retrieve(request.question(), RetrievalMode.HYBRID, config.sources());
    boolean relevant = retrieval.bestSimilarity() >= config.minSimilarity();
    List<Source> sources = relevant ? retrieval.sources() : List.of();
    CopilotFacts facts = tools.facts(intents, request, productsInQuestion(request, sources));
    CopilotAnswer answer = compose(request, intents, sources, facts);
    audit(answer, request, facts, associate);
    return answer;
  }

  /** What each method retrieves, for evaluating retrieval; the copilot itself uses HYBRID. */
  public Retrieval retrieve(String question, RetrievalMode mode, int count) {
    return retriever.retrieve(question, mode, count);
  }

  private CopilotAnswer compose(
      CopilotRequest request, QuestionIntents intents, List<Source> sources, CopilotFacts facts) {
    String id = UUID.randomUUID().toString();
    if (sources.isEmpty() && !facts.any()) {
      String whom = WhomToAsk.about(request.question(), intents);
      return new CopilotAnswer(
          true,
          FEATURE.key(),
          id,
          FallbackAnswer.nothingFound(whom),
          CopilotAnswer.FALLBACK,
          true,
          whom,
          List.of(),
          null,
          null,
          null);
    }
    String grounded = FallbackAnswer.sources(sources);
    Optional<AnswerPhrasing.PhrasedAnswer> phrased = phrased(request.question(), sources, grounded);
    return new CopilotAnswer(
        true,
        FEATURE.key(),
        id,
        FallbackAnswer.of(phrased.map(AnswerPhrasing.PhrasedAnswer::text).orElse(grounded), facts),
        phrased.map(AnswerPhrasing.PhrasedAnswer::model).orElse(CopilotAnswer.FALLBACK),
        false,
        null,
        sources,
        facts.stock(),
        facts.screening(),
        facts.loyalty());
  }

  /** The model's wording when it cites only what it was given; otherwise empty. */
  private Optional<AnswerPhrasing.PhrasedAnswer> phrased(
      String question, List<Source> sources, String grounded) {
    if (sources.isEmpty()) {
      return Optional.empty();
    }
    try {
      return phrasing
          .phrase(new AnswerDraft(question, sources, grounded))
          .filter(answer -> Citations.grounded(answer.text(), sources.size()));
    } catch (RuntimeException e) {
      LOG.warnf("the copilot's wording failed (%s): Vitrine's own wording answers", e.toString());
      return Optional.empty();
    }
  }

  /** The cart's SKUs, then the products among the sources: what stock and screening are about. */
  private static List<String> productsInQuestion(CopilotRequest request, List<Source> sources) {
    var skus = new LinkedHashSet<>(request.cartOrEmpty());
    sources.stream().filter(Source::isProduct).map(Source::sku).forEach(skus::add);
    return new ArrayList<>(skus);
  }

  private void audit(
      CopilotAnswer answer, CopilotRequest request, CopilotFacts facts, String associate) {
    var details = new LinkedHashMap<String, Object>();
    details.put("questionSha256", sha256(request.question()));
    details.put("store", request.storeId() == null ? "" : request.storeId());
    details.put("sources", answer.sources().stream().map(Source::id).toList());
    details.put("tools", facts.tools());
    details.put("generatedBy", answer.generatedBy());
    details.put("answerSha256", sha256(answer.answer()));
    details.put("foundNothing", answer.foundNothing());
    AuditRows.appendAndWait(
        database.client(),
        AuditRow.of(associate, "copilot.answered", "copilot-answer", answer.answerId(), details));
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
