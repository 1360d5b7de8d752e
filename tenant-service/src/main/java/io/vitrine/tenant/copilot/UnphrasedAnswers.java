package io.vitrine.tenant.copilot;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** No model: every answer keeps Vitrine's wording, built from retrieval and tools. */
@ApplicationScoped
@DefaultBean
public class UnphrasedAnswers implements AnswerPhrasing {

  @Override
  public Optional<PhrasedAnswer> phrase(AnswerDraft draft) {
    return Optional.empty();
  }
}
