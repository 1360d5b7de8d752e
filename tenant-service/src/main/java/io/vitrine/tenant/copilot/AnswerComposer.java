package io.vitrine.tenant.copilot;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Composes the copilot's answer from what was retrieved and what the tools said: the sources
 * numbered as they are cited, then the tools' facts in Vitrine's sentences. {@link AnswerPhrasing}
 * may re-word the retrieved part; its wording is kept only when it cites the given sources alone.
 * With neither sources nor facts, the answer says nothing was found and whom to ask.
 */
final class AnswerComposer {

  private static final Logger LOG = Logger.getLogger(AnswerComposer.class);

  private final AnswerPhrasing phrasing;
  private final String feature;

  AnswerComposer(AnswerPhrasing phrasing, String feature) {
    this.phrasing = phrasing;
    this.feature = feature;
  }

  CopilotAnswer compose(
      String question,
      String actor,
      QuestionIntents intents,
      List<Source> sources,
      CopilotFacts facts) {
    String id = UUID.randomUUID().toString();
    if (sources.isEmpty() && !facts.any()) {
      String whom = WhomToAsk.about(question, intents);
      return new CopilotAnswer(
          true,
          feature,
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
    Optional<AnswerPhrasing.PhrasedAnswer> phrased =
        phrased(new AnswerDraft(id, actor, question, sources, grounded));
    return new CopilotAnswer(
        true,
        feature,
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
  private Optional<AnswerPhrasing.PhrasedAnswer> phrased(AnswerDraft draft) {
    if (draft.sources().isEmpty()) {
      return Optional.empty();
    }
    try {
      return phrasing
          .phrase(draft)
          .filter(answer -> Citations.grounded(answer.text(), draft.sources().size()));
    } catch (RuntimeException e) {
      LOG.warnf("the copilot's wording failed (%s): Vitrine's own wording answers", e.toString());
      return Optional.empty();
    }
  }
}
