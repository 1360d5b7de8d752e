package io.vitrine.tenant.ai;

import java.util.List;
import java.util.UUID;

/**
 * The text a feature uses and where it came from.
 *
 * @param id the audited generation, for the auditor ({@code /v1/admin/generations/{id}})
 * @param fallbackReason why the fallback was used; null when the model wrote it
 * @param citations the sources the prompt was grounded in, as the request gave them
 */
public record Generation(
    UUID id,
    GeneratedBy generatedBy,
    FallbackReason fallbackReason,
    String text,
    List<String> citations) {

  public Generation {
    citations = List.copyOf(citations);
  }

  public boolean byModel() {
    return generatedBy == GeneratedBy.MODEL;
  }
}
