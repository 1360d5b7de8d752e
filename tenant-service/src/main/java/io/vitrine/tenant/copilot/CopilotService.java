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

/**
 * Answers an associate's question: retrieves, asks the tools the question needs, composes the
 * answer with its citations ({@link AnswerComposer}) and audits it. Blocking: runs on a worker
 * thread.
 */
@ApplicationScoped
public class CopilotService {

  static final Feature FEATURE = Feature.COPILOT;

  private final FeatureFlags flags;
  private final CatalogRetriever retriever;
  private final CopilotTools tools;
  private final AllergenGroups allergens;
  private final AnswerComposer composer;
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
    this.composer = new AnswerComposer(phrasing, FEATURE.key());
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
    CopilotAnswer answer = composer.compose(request.question(), associate, intents, sources, facts);
    audit(answer, request, facts, associate);
    return answer;
  }

  /** What each method retrieves, for evaluating retrieval; the copilot itself uses HYBRID. */
  public Retrieval retrieve(RetrievalRequest request) {
    return request.lexicalWeight() == null
        ? retriever.retrieve(request.question(), request.mode(), request.size())
        : retriever.retrieve(
            request.question(), request.mode(), request.size(), request.lexicalWeight());
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
