package io.vitrine.tenant.copilot;

import java.util.Optional;

/**
 * The one seam between the copilot and a language model. Vitrine composes every answer itself from
 * what it retrieved and what its tools said ({@link AnswerDraft}); an implementation may re-word
 * the retrieved part, citing the same numbered sources. It never sees the tools' facts as something
 * to re-word: those, and above all screening's verdicts, are appended by Vitrine as the tools gave
 * them. Empty keeps Vitrine's own wording, which is also what happens when the wording cites a
 * source that was not given, cites none, or the implementation fails.
 *
 * <p>{@link ModelAnswerPhrasing} asks the tenant's model through the model gateway, which owns the
 * timeout, circuit breaker, privacy guard and audit: the draft gives it the feature's actor, the
 * request id ({@link AnswerDraft#answerId()}), the citations ({@link AnswerDraft#citations()}) and
 * the fallback text ({@link AnswerDraft#grounded()}); a generation that fell back answers empty.
 */
public interface AnswerPhrasing {

  /** The draft worded by a model, or empty to keep Vitrine's wording. */
  Optional<PhrasedAnswer> phrase(AnswerDraft draft);

  /** A model's wording of a draft, and the model that wrote it (for the answer and the audit). */
  record PhrasedAnswer(String text, String model) {}
}
