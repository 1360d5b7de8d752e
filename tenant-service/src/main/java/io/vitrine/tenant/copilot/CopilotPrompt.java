package io.vitrine.tenant.copilot;

import io.vitrine.tenant.ai.Prompt;
import io.vitrine.tenant.ai.PromptTemplate;

/**
 * The prompt that asks the model to word an answer: the associate's question and the retrieved
 * sources, numbered as Vitrine cites them, and nothing about the customer, the cart or the tools'
 * facts (stock, loyalty and screening are appended by Vitrine as the tools gave them). A change to
 * the wording or to the fields it carries takes a new {@link #TEMPLATE} version.
 */
final class CopilotPrompt {

  static final PromptTemplate TEMPLATE = new PromptTemplate("copilot-answer", "1");

  /** The longest answer the copilot shows. */
  static final int MAX_CHARS = 1200;

  /** Each source's text is cut here: the passages are short, product descriptions may not be. */
  private static final int SOURCE_CHARS = 600;

  private static final String SYSTEM =
      """
      You help a sales associate in a beauty and luxury store answer a question. Use only the \
      numbered sources given. After each statement, cite its source number in square brackets, \
      like [1]. If the sources do not answer the question, say so. Never say whether a product is \
      safe for an allergy or a skin condition. Plain text, at most five sentences.""";

  private CopilotPrompt() {}

  static Prompt of(AnswerDraft draft) {
    var user =
        new StringBuilder("Question: ").append(draft.question().strip()).append("\nSources:");
    int number = 1;
    for (Source source : draft.sources()) {
      user.append("\n[").append(number++).append("] ").append(source.title());
      if (source.text() != null && !source.text().isBlank()) {
        user.append(": ").append(cut(source.text().strip()));
      }
    }
    return new Prompt(TEMPLATE, SYSTEM, user.toString());
  }

  private static String cut(String text) {
    return text.length() <= SOURCE_CHARS ? text : text.substring(0, SOURCE_CHARS) + "…";
  }
}
