package io.vitrine.tenant.ai;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One audited generation, as {@code generations} holds it and auditors read it. It holds hashes,
 * never the prompt or the output.
 *
 * @param modelVersion what the server says it ran: the model it reports and its build fingerprint
 * @param promptSha256 of the exact messages sent ({@link Prompt#sha256()}); null when nothing was
 *     sent because the guard refused the prompt (a hash of personal data is personal data)
 * @param outputSha256 of the text the feature used, the model's or the fallback's
 * @param refused the kinds of personal data the guard found, when it refused
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GenerationRecord(
    UUID id,
    Instant createdAt,
    String feature,
    String sourceType,
    String sourceId,
    GeneratedBy generatedBy,
    FallbackReason fallbackReason,
    String refused,
    String model,
    String modelVersion,
    String promptTemplate,
    String promptTemplateVersion,
    String promptSha256,
    String outputSha256,
    List<String> citations,
    long latencyMs) {

  public GenerationRecord {
    citations = List.copyOf(citations);
  }
}
