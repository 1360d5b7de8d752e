package io.vitrine.tenant.copilot;

import java.util.List;

/**
 * What the copilot gives a model to word: the associate's question, the retrieved sources numbered
 * from 1 as they are cited, and Vitrine's own wording of them ({@code grounded}, also the fallback
 * text). No customer id, cart or tool fact is in it.
 *
 * @param answerId the answer's id (audited as {@code copilot.answered}): the request a generation
 *     is audited under
 * @param actor the associate who asked (Keycloak subject id)
 */
public record AnswerDraft(
    String answerId, String actor, String question, List<Source> sources, String grounded) {

  public AnswerDraft {
    sources = List.copyOf(sources);
  }

  /** The ids of the sources (SKUs, passage ids), as a generation's audit cites them. */
  public List<String> citations() {
    return sources.stream().map(Source::id).toList();
  }
}
