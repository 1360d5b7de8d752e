package io.vitrine.tenant.copilot;

import java.util.List;

/**
 * What the copilot gives a model to word: the associate's question, the retrieved sources numbered
 * from 1 as they are cited, and Vitrine's own wording of them ({@code grounded}). No customer id,
 * cart or tool fact is in it.
 */
public record AnswerDraft(String question, List<Source> sources, String grounded) {

  public AnswerDraft {
    sources = List.copyOf(sources);
  }
}
