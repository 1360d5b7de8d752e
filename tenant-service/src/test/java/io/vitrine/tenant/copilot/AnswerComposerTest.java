package io.vitrine.tenant.copilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The answer is Vitrine's; a model's wording is kept only when grounded in the given sources. */
class AnswerComposerTest {

  private static final QuestionIntents PLAIN = new QuestionIntents(false, false, false, Set.of());
  private static final List<Source> SOURCES =
      List.of(ScoreFusionTest.product("SKU-1", 0.9), ScoreFusionTest.product("SKU-2", 0.5));
  private static final CopilotFacts SCREENED =
      new CopilotFacts(
          null,
          new ScreeningFact(
              List.of("fragrance"),
              true,
              List.of(
                  new ScreeningFact.ProductVerdict(
                      "SKU-1", "Rose Cream", "conflict", List.of("PARFUM -> fragrance"), null))),
          null);

  @Test
  void withoutAModelTheAnswerIsTheNumberedSourcesThenTheFacts() {
    CopilotAnswer answer =
        composer(draft -> Optional.empty()).compose("q", "associate-1", PLAIN, SOURCES, SCREENED);

    assertThat(answer.generatedBy()).isEqualTo(CopilotAnswer.FALLBACK);
    assertThat(answer.answer())
        .startsWith("From the catalog and the knowledge base:\n[1] SKU-1")
        .contains("[2] SKU-2")
        .endsWith("Rose Cream: contains PARFUM -> fragrance");
    assertThat(answer.sources()).isEqualTo(SOURCES);
  }

  @Test
  void aGroundedWordingReplacesTheSourcesPartButNeverTheFacts() {
    var seen = new AnswerDraft[1];
    CopilotAnswer answer =
        composer(
                draft -> {
                  seen[0] = draft;
                  return Optional.of(
                      new AnswerPhrasing.PhrasedAnswer("The first one fits [1].", "gemma-3-270m"));
                })
            .compose("Which cream?", "associate-1", PLAIN, SOURCES, SCREENED);

    assertThat(answer.generatedBy()).isEqualTo("gemma-3-270m");
    assertThat(answer.answer())
        .startsWith("The first one fits [1].")
        .endsWith("Rose Cream: contains PARFUM -> fragrance");
    assertThat(seen[0].sources()).isEqualTo(SOURCES);
    assertThat(seen[0].grounded()).contains("[1] SKU-1");
    assertThat(seen[0].citations()).containsExactly("SKU-1", "SKU-2");
    assertThat(seen[0].answerId()).isEqualTo(answer.answerId());
    assertThat(seen[0].actor()).isEqualTo("associate-1");
  }

  @Test
  void aWordingThatCitesASourceNotGivenOrFailsIsDropped() {
    CopilotAnswer invented =
        composer(draft -> Optional.of(new AnswerPhrasing.PhrasedAnswer("See [7].", "m")))
            .compose("q", "associate-1", PLAIN, SOURCES, CopilotFacts.NONE);
    CopilotAnswer failed =
        composer(
                draft -> {
                  throw new IllegalStateException("the model timed out");
                })
            .compose("q", "associate-1", PLAIN, SOURCES, CopilotFacts.NONE);

    assertThat(invented.generatedBy()).isEqualTo(CopilotAnswer.FALLBACK);
    assertThat(invented.answer()).contains("[1] SKU-1").doesNotContain("[7]");
    assertThat(failed.generatedBy()).isEqualTo(CopilotAnswer.FALLBACK);
    assertThat(failed.answer()).contains("[2] SKU-2");
  }

  @Test
  void withNothingRetrievedAndNoFactsItSaysSoAndWhomToAskWithoutAskingTheModel() {
    CopilotAnswer answer =
        composer(
                draft -> {
                  throw new AssertionError("no model is asked about nothing");
                })
            .compose(
                "Can she return an opened perfume?",
                "associate-1",
                PLAIN,
                List.of(),
                CopilotFacts.NONE);

    assertThat(answer.foundNothing()).isTrue();
    assertThat(answer.answer()).startsWith("I found nothing");
    assertThat(answer.askInstead()).contains("store manager");
    assertThat(answer.sources()).isEmpty();
  }

  private static AnswerComposer composer(AnswerPhrasing phrasing) {
    return new AnswerComposer(phrasing, "copilot");
  }
}
